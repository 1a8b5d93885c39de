// What a column of component data is: which archetype field, holding which component type.
#pragma once

#include <string>

namespace rerun {
    /// The same three strings as the Python SDK's descriptors, e.g.
    /// `{"rerun.archetypes.Points3D", "Points3D:positions", "rerun.components.Position3D"}`.
    struct ComponentDescriptor {
        std::string archetype;
        std::string component;
        std::string component_type;

        friend bool operator==(const ComponentDescriptor&, const ComponentDescriptor&) = default;
    };
} // namespace rerun
