#include "ui/draw_signature.h"

#include <imgui.h>

#include <cstring>

namespace loopscope::ui {

namespace {

// Word-at-a-time mixing (multiply, rotate): fast enough for a few hundred KB of
// vertices per frame, and any changed byte changes the result with near certainty.
class Mixer {
 public:
  void add(uint64_t word) {
    h_ = (h_ ^ (word * 0x9E3779B97F4A7C15ull)) * 0xFF51AFD7ED558CCDull;
    h_ ^= h_ >> 32;
  }
  void add_bytes(const void* data, size_t size) {
    const unsigned char* p = static_cast<const unsigned char*>(data);
    uint64_t word;
    for (; size >= 8; size -= 8, p += 8) {
      std::memcpy(&word, p, 8);
      add(word);
    }
    word = 0;
    std::memcpy(&word, p, size);
    add(word ^ (uint64_t(size) << 56));
  }
  uint64_t value() const { return h_; }

 private:
  uint64_t h_ = 0x243F6A8885A308D3ull;
};

}  // namespace

uint64_t draw_signature(const ImDrawData& data) {
  Mixer m;
  m.add_bytes(&data.DisplayPos, sizeof data.DisplayPos);
  m.add_bytes(&data.DisplaySize, sizeof data.DisplaySize);
  m.add_bytes(&data.FramebufferScale, sizeof data.FramebufferScale);
  m.add(uint64_t(data.CmdListsCount));
  for (int i = 0; i < data.CmdListsCount; ++i) {
    const ImDrawList* list = data.CmdLists[i];
    m.add_bytes(list->VtxBuffer.Data, size_t(list->VtxBuffer.Size) * sizeof(ImDrawVert));
    m.add_bytes(list->IdxBuffer.Data, size_t(list->IdxBuffer.Size) * sizeof(ImDrawIdx));
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      m.add_bytes(&cmd.ClipRect, sizeof cmd.ClipRect);
      m.add(reinterpret_cast<uintptr_t>(cmd.TextureId));
      m.add((uint64_t(cmd.VtxOffset) << 32) | cmd.IdxOffset);
      m.add(uint64_t(cmd.ElemCount) | (cmd.UserCallback ? 1ull << 63 : 0));
    }
  }
  return m.value();
}

}  // namespace loopscope::ui
