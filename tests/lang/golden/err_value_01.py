# ValueError from int() parsing at top level.
for text in ["42", " 7 ", "-3"]:
    print(int(text))
user_input = "forty-two"
print(int(user_input))
