# Uncaught exception whose __str__ is overridden; the traceback's last line uses it.
class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field, self.problem = field, problem
    def __str__(self):
        return f"field {self.field!r}: {self.problem}"

print("validating")
raise ValidationError("email", "missing @")
