// Style two line series, a sine and a cosine, and plot them over time.

#include "snippet_log.hpp"

#include <rerun/archetypes/scalars.hpp>
#include <rerun/archetypes/series_lines.hpp>

#include <cmath>

int main() {
    snippet::log_static(
        "waves/sine",
        rerun::archetypes::SeriesLines()
            .with_names({"sin(t)"})
            .with_colors({{240, 120, 20}})
            .with_widths({3.0f})
    );
    snippet::log_static(
        "waves/cosine",
        rerun::archetypes::SeriesLines()
            .with_names({"cos(t)"})
            .with_colors({{30, 140, 240}})
            .with_widths({1.5f})
    );

    for (int step = 0; step < 300; ++step) {
        snippet::set_time_sequence("step", step);
        const double t = step / 30.0;
        snippet::log("waves/sine", rerun::archetypes::Scalars({std::sin(t)}));
        snippet::log("waves/cosine", rerun::archetypes::Scalars({std::cos(t)}));
    }
}
