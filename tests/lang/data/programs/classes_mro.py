class A:
    pass
print(A.__mro__)
class B(A):
    pass
print(B.__mro__)
