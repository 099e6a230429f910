// Superinstructions: after compiling, the first instruction of a common sequence
// (LOAD_FAST x; LOAD_CONST 0; BINARY_SUBSCR is `x[0]`) gets an opcode that runs the
// whole sequence in one dispatch when its fast path applies. The other instructions
// of the sequence stay where they are, so jumps into the middle of it, line numbers
// and the stack depth are unchanged, and the VM falls back to running only the first
// instruction (the next ones then run as usual) whenever the fast path does not apply.
#pragma once

#include "lang/code.h"

namespace loopscope::lang {

void fuse_superinstructions(Code& code);

}  // namespace loopscope::lang
