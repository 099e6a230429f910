# typing errors: Callable's argument list, Union of nothing, TypeVar rules, instantiating
# special forms.
from typing import Callable, Union, TypeVar, Any, Optional, NoReturn

for make in (lambda: Callable[int, str], lambda: Callable[[int]], lambda: Union[()],
             lambda: TypeVar("T", int), lambda: TypeVar("T", covariant=True, contravariant=True),
             lambda: Any(), lambda: Union(), lambda: NoReturn[int]):
    try:
        print(make())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

x: Optional[int] = None
print(x, __annotations__)
Any[int]
