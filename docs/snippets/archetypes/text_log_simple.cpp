// Log a single text message with a severity level.

#include "snippet_log.hpp"

#include <rerun/archetypes/text_log.hpp>

int main() {
    snippet::log(
        "logs",
        rerun::archetypes::TextLog("Calibration finished in 4.2 s")
            .with_level(rerun::components::TextLogLevel::INFO)
    );
}
