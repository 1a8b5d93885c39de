"""Log a 3D model from the contents of a mesh file: a small pyramid written as Wavefront OBJ text.

`rr.Asset3D(path=...)` reads a .glb, .gltf, .obj or .stl file from disk and guesses its media type
from the extension. Here the file's contents are made in the program, so they are passed with
`contents=` together with their media type.
"""

import rerun as rr

# Five corners (a square base and an apex) and five faces, with 1-based corner indices.
PYRAMID_OBJ = """
v -1 -1 0
v 1 -1 0
v 1 1 0
v -1 1 0
v 0 0 1.5
f 1 2 5
f 2 3 5
f 3 4 5
f 4 1 5
f 1 4 3 2
"""

rr.init("rerun_example_asset3d_simple", spawn=True)

rr.log("world", rr.ViewCoordinates.RIGHT_HAND_Z_UP, static=True)  # Make +z point up.
rr.log("world/pyramid", rr.Asset3D(contents=PYRAMID_OBJ.encode(), media_type="model/obj"))
