# ValueError from unpacking too many values.
point = (1, 2, 3)
print("point has", len(point), "coordinates")
x, y = point
