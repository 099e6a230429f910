# Raising a non-exception: TypeError "exceptions must derive from BaseException".
print("about to raise a string")
raise "not an exception"
