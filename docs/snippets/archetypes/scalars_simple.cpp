// Plot a value that changes over time: a damped oscillation, one sample per step.

#include "snippet_log.hpp"

#include <rerun/archetypes/scalars.hpp>

#include <cmath>

int main() {
    for (int step = 0; step < 200; ++step) {
        snippet::set_time_sequence("step", step);
        snippet::log(
            "spring/position", rerun::archetypes::Scalars({std::exp(-step / 80.0) * std::cos(step / 6.0)})
        );
    }
}
