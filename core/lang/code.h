// Bytecode: the opcodes (an X-macro table), one instruction (opcode + argument), and
// Code, the compiled body of a module, class body, function or comprehension.
// The design follows CPython 3.10's: a value stack, a block stack per frame for
// try/with (SETUP_FINALLY pushes, POP_BLOCK pops), finally bodies compiled twice.
// Read vm.cpp's dispatch loop next to this list.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "lang/object.h"
#include "lang/value.h"

namespace loopscope::lang {

#define LOOPSCOPE_OPCODES(X)                                                            \
  X(NOP)                                                                                \
  X(POP_TOP)                                                                            \
  X(ROT_TWO)                                                                            \
  X(ROT_THREE)                                                                          \
  X(ROT_FOUR)                                                                           \
  X(DUP_TOP)                                                                            \
  X(DUP_TOP_TWO)                                                                        \
  X(LOAD_CONST)        /* consts[arg] */                                                \
  X(LOAD_FAST)         /* fast local arg */                                             \
  X(STORE_FAST)                                                                         \
  X(DELETE_FAST)                                                                        \
  X(LOAD_DEREF)        /* cell arg (cells first, then free variables) */                \
  X(STORE_DEREF)                                                                        \
  X(DELETE_DEREF)                                                                       \
  X(LOAD_CLOSURE)      /* push the cell object itself, for MAKE_FUNCTION */             \
  X(LOAD_CLASSDEREF)   /* class body: locals dict, else the free cell */                \
  X(LOAD_GLOBAL)       /* names[arg] in globals, then builtins */                       \
  X(STORE_GLOBAL)                                                                       \
  X(DELETE_GLOBAL)                                                                      \
  X(LOAD_NAME)         /* module and class bodies: locals, globals, builtins */         \
  X(STORE_NAME)                                                                         \
  X(DELETE_NAME)                                                                        \
  X(LOAD_ATTR)                                                                          \
  X(STORE_ATTR)                                                                         \
  X(DELETE_ATTR)                                                                        \
  X(LOAD_METHOD)       /* pushes [method, self] or [NULL, bound] */                     \
  X(CALL_METHOD)       /* arg positional arguments after the pair */                    \
  X(CALL_METHOD_KW)    /* same, keyword names tuple on top */                           \
  X(BINARY_SUBSCR)                                                                      \
  X(STORE_SUBSCR)                                                                       \
  X(DELETE_SUBSCR)                                                                      \
  X(BINARY_OP)         /* arg: ast::BinOp, +16 for the in-place form */                 \
  X(UNARY_OP)          /* arg: ast::UnaryOp */                                          \
  X(COMPARE_OP)        /* arg: ast::CmpOp (Eq..GtE) */                                  \
  X(IS_OP)             /* arg 1: is not */                                              \
  X(CONTAINS_OP)       /* arg 1: not in */                                              \
  X(BUILD_TUPLE)                                                                        \
  X(BUILD_LIST)                                                                         \
  X(BUILD_SET)                                                                          \
  X(BUILD_MAP)         /* arg pairs */                                                  \
  X(BUILD_SLICE)       /* arg 2 or 3 */                                                 \
  X(BUILD_STRING)                                                                       \
  X(FORMAT_VALUE)      /* arg: conversion (0 none, 1 s, 2 r, 3 a) | 4 if a spec is on top */ \
  X(LIST_APPEND)       /* arg: depth of the list below the value */                     \
  X(SET_ADD)                                                                            \
  X(MAP_ADD)                                                                            \
  X(LIST_EXTEND)                                                                        \
  X(SET_UPDATE)                                                                         \
  X(DICT_UPDATE)                                                                        \
  X(DICT_MERGE)        /* like DICT_UPDATE; duplicate keys are a TypeError */           \
  X(LIST_TO_TUPLE)                                                                      \
  X(UNPACK_SEQUENCE)                                                                    \
  X(UNPACK_EX)         /* arg: before | after << 8 */                                   \
  X(JUMP)                                                                               \
  X(POP_JUMP_IF_FALSE)                                                                  \
  X(POP_JUMP_IF_TRUE)                                                                   \
  X(JUMP_IF_FALSE_OR_POP)                                                               \
  X(JUMP_IF_TRUE_OR_POP)                                                                \
  X(JUMP_IF_NOT_EXC_MATCH) /* [exc, type]: pops both, jumps when no match */            \
  X(JUMP_IF_NOT_EG_MATCH)  /* except*: [eg, type] -> [rest, match] or jump */           \
  X(GET_ITER)                                                                           \
  X(FOR_ITER)          /* next or pop the iterator and jump */                          \
  X(GET_AITER)                                                                          \
  X(GET_ANEXT)                                                                          \
  X(END_ASYNC_FOR)     /* [iter, exc]: StopAsyncIteration ends the loop, else reraise */ \
  X(CALL_FUNCTION)                                                                      \
  X(CALL_FUNCTION_KW)  /* keyword names tuple on top */                                 \
  X(CALL_FUNCTION_EX)  /* [func, args tuple, kwargs dict if arg&1] */                   \
  X(MAKE_FUNCTION)     /* arg: 1 defaults, 2 kwdefaults, 4 annotations, 8 closure; code, qualname on top */ \
  X(RETURN_VALUE)                                                                       \
  X(YIELD_VALUE)                                                                        \
  X(YIELD_FROM)        /* [receiver, value]: delegate until the receiver returns */     \
  X(GET_AWAITABLE)                                                                      \
  X(GET_YIELD_FROM_ITER)                                                                \
  X(ASYNC_GEN_WRAP)    /* marks a value yielded by an async generator */                \
  X(SETUP_FINALLY)     /* push a handler block at arg */                                \
  X(POP_BLOCK)                                                                          \
  X(POP_EXCEPT)        /* leave an except handler: pops its block */                    \
  X(RERAISE)                                                                            \
  X(RAISE_VARARGS)     /* 0: re-raise, 1: exc, 2: exc from cause */                     \
  X(SETUP_WITH)        /* [ctx] -> [exit, enter()] and a handler block at arg */        \
  X(BEFORE_ASYNC_WITH) /* [ctx] -> [aexit, aenter()] */                                 \
  X(SETUP_ASYNC_WITH)  /* handler block at arg, below the enter result */               \
  X(WITH_EXCEPT_START) /* [exit, exc] -> [exit, exc, exit(type, exc, tb)] */            \
  X(LOAD_BUILD_CLASS)                                                                   \
  X(LOAD_ASSERTION_ERROR)                                                               \
  X(IMPORT_NAME)                                                                        \
  X(IMPORT_FROM)                                                                        \
  X(IMPORT_STAR)                                                                        \
  X(SETUP_ANNOTATIONS)                                                                  \
  X(PUSH_NULL)                                                                          \
  X(CHECK_INTERRUPT)   /* loop back-edges: the budget for interrupts and yielding */ \
  /* The match statement (pattern_match.h; compiler.cpp's "match statements").        */ \
  X(ROT_N)             /* move the top under the next arg - 1 values */                 \
  X(GET_LEN)           /* [obj] -> [obj, len(obj)] */                                   \
  X(MATCH_SEQUENCE)    /* [subject] -> [subject, is it a sequence for patterns] */      \
  X(MATCH_MAPPING)     /* [subject] -> [subject, is it a mapping] */                    \
  X(MATCH_KEYS)        /* [subject, keys] -> [subject, keys, values tuple or None] */   \
  X(MATCH_CLASS)       /* [subject, cls, names] -> [attributes tuple or None]; arg: positional count */ \
  X(COPY_DICT_WITHOUT_KEYS) /* [subject, keys] -> [dict of the other items] */          \
  /* Superinstructions (superinstructions.cpp): the first instruction of a sequence,  */ \
  /* rewritten after compiling; the sequence's other instructions stay in place.      */ \
  X(LOAD_FAST__LOAD_FAST)                                                               \
  X(LOAD_FAST__LOAD_CONST)                                                              \
  X(LOAD_FAST__SUBSCR_CONST)    /* LOAD_FAST, LOAD_CONST, BINARY_SUBSCR */              \
  X(STORE_FAST__LOAD_FAST)                                                              \
  X(DUP_TOP_TWO__BINARY_SUBSCR)                                                         \
  X(ROT_THREE__STORE_SUBSCR)

// LIST_EXTEND's arg: the depth of the list, plus a flag for the positional
// arguments of a call made of one *iterable alone (its error names the function).
inline constexpr int32_t kListExtendDepthMask = 0xFF;
inline constexpr int32_t kListExtendCallArgs = 0x100;

enum class Op : uint8_t {
#define LOOPSCOPE_OP_ENUM(name) name,
  LOOPSCOPE_OPCODES(LOOPSCOPE_OP_ENUM)
#undef LOOPSCOPE_OP_ENUM
};

const char* op_name(Op op);

struct Instr {
  Op op;
  int32_t arg;
};

enum CodeFlags : uint32_t {
  kCodeOptimized = 1,   // fast locals (functions); else names (module, class)
  kCodeGenerator = 2,
  kCodeCoroutine = 4,
  kCodeAsyncGenerator = 8,
  kCodeVarargs = 16,
  kCodeVarkw = 32,
  kCodeClassBody = 64,
  kCodeIterableCoroutine = 128,  // a generator function made awaitable by types.coroutine
};

class Code : public Object {
 public:
  explicit Code(Type* t) : Object(t) {}
  std::string name;
  std::string qualname;
  std::string filename;
  int first_line = 0;
  uint32_t flags = 0;
  int argcount = 0;         // positional, including positional-only
  int posonlyargcount = 0;
  int kwonlyargcount = 0;
  std::vector<std::string> varnames;  // fast locals; parameters first
  std::vector<std::string> cellvars;  // locals captured by inner functions
  std::vector<std::string> freevars;  // captured from outer functions
  std::vector<int> cell_args;         // for each cellvar: the parameter it copies, or -1
  std::vector<Value> consts;
  std::vector<Value> names;           // interned Str values
  // Per name: where the VM last found it (Dict slots), so that a global or module
  // name costs no hashing while the dicts keep their layout. See vm.cpp.
  struct NameCache {
    int64_t slot = -1;          // in the dict LOAD_NAME/LOAD_GLOBAL/STORE_* use first
    int64_t builtin_slot = -1;  // in builtins, valid while globals_version holds
    const Dict* globals = nullptr;
    uint64_t globals_version = 0;
    const Type* method_type = nullptr;  // LOAD_METHOD: a builtin type and its method
    Value method;
    int64_t module_slot = -1;  // LOAD_ATTR/LOAD_METHOD on a module (math.sqrt): its dict's slot
  };
  mutable std::vector<NameCache> name_cache;
  std::vector<Instr> code;
  std::vector<int> lines;             // one line per instruction
  // Per instruction: the columns of the expression it came from (CPython's positions),
  // which tracebacks underline; col -1 when it spans no single expression.
  struct Span {
    int col = -1;
    int end_line = 0;
    int end_col = -1;
  };
  std::vector<Span> spans;
  int max_stack = 0;
  Value doc;  // a function's docstring (None without one)

  int nlocals() const { return static_cast<int>(varnames.size()); }
  int ncells() const { return static_cast<int>(cellvars.size() + freevars.size()); }
};

}  // namespace loopscope::lang
