#include "lang/superinstructions.h"

namespace loopscope::lang {

void fuse_superinstructions(Code& code) {
  std::vector<Instr>& c = code.code;
  auto op_at = [&](size_t i) { return i < c.size() ? c[i].op : Op::NOP; };
  // x[k] with x a local and k a constant (nbody's b[0]).
  auto subscr_const_at = [&](size_t i) {
    return op_at(i) == Op::LOAD_FAST && op_at(i + 1) == Op::LOAD_CONST && op_at(i + 2) == Op::BINARY_SUBSCR;
  };
  for (size_t i = 0; i + 1 < c.size(); ++i) {
    Op next = c[i + 1].op;
    switch (c[i].op) {
      case Op::LOAD_FAST:
        if (subscr_const_at(i)) c[i].op = Op::LOAD_FAST__SUBSCR_CONST;
        // A pair would run the second load without the subscript that follows it.
        else if (next == Op::LOAD_FAST && !subscr_const_at(i + 1)) c[i].op = Op::LOAD_FAST__LOAD_FAST;
        else if (next == Op::LOAD_CONST) c[i].op = Op::LOAD_FAST__LOAD_CONST;
        break;
      case Op::STORE_FAST:
        if (next == Op::LOAD_FAST && !subscr_const_at(i + 1)) c[i].op = Op::STORE_FAST__LOAD_FAST;
        break;
      case Op::DUP_TOP_TWO:
        if (next == Op::BINARY_SUBSCR) c[i].op = Op::DUP_TOP_TWO__BINARY_SUBSCR;
        break;
      case Op::ROT_THREE:
        if (next == Op::STORE_SUBSCR) c[i].op = Op::ROT_THREE__STORE_SUBSCR;
        break;
      default:
        break;
    }
  }
}

}  // namespace loopscope::lang
