"""Log several labeled ellipses at once, each in its own color and line width.

Every field takes one value per ellipse. Here the ellipses are the orbits of four planets around
the sun (at the origin), drawn to scale in astronomical units.
"""

import rerun as rr

rr.init("rerun_example_ellipses2d_batch", spawn=True)

# Semi-major axis and eccentricity of each orbit; the sun sits at one focus, hence the offset.
planets = {"Mercury": (0.387, 0.206), "Venus": (0.723, 0.007), "Earth": (1.0, 0.017), "Mars": (1.524, 0.093)}
semi_major = [a for a, _ in planets.values()]
semi_minor = [a * (1.0 - e**2) ** 0.5 for a, e in planets.values()]

rr.log(
    "solar_system/orbits",
    rr.Ellipses2D(
        half_sizes=list(zip(semi_major, semi_minor, strict=True)),
        centers=[[-a * e, 0.0] for a, e in planets.values()],
        colors=[[160, 160, 160], [230, 190, 100], [60, 130, 230], [220, 90, 50]],
        line_radii=[0.004, 0.006, 0.008, 0.006],
        labels=list(planets),
    ),
)
