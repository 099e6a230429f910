// TimelineModel: a SpanSink that files the SpanBuilder's spans and marks into lanes,
// plus the bookkeeping that makes update() incremental.
#include "ui/timeline_model.h"

#include <algorithm>

namespace loopscope::ui {

namespace {
constexpr uint32_t kMaxTaskId = 1u << 26;  // as in the recorder: ids are dense from 1
}  // namespace

class TimelineModel::Sink : public SpanSink {
 public:
  explicit Sink(TimelineModel& model) : model_(model) {}

  void on_span(const StateSpan& s) override {
    // Callbacks nest inside the loop's busy spans; the loop lane shows busy/idle/blocked.
    if (s.state == SpanState::Callback) return;
    size_t lane = s.lane == 0 ? kLoopLane : model_.lane_of_task(s.lane);
    if (lane == kNoLane) return;
    model_.lanes_[lane].spans.push_back(Span{s.start, s.end, s.object, s.detail, s.line, s.state, s.wait});
    ++model_.span_count_;
    if (s.state == SpanState::Waiting && s.object != 0) {
      size_t to = s.wait == WaitKind::Task ? model_.lane_of_task(s.object) : kNoLane;
      model_.links_.push_back(Link{s.start, s.end, lane, to, s.object, s.wait});
    }
  }

  void on_mark(const TaskMark& m) override {
    if (m.kind == MarkKind::Created) model_.add_task_lane(m.task);
    size_t lane = model_.lane_of_task(m.task);
    if (lane == kNoLane) return;
    model_.lanes_[lane].marks.push_back(Mark{m.time, m.detail, m.line, m.kind});
  }

 private:
  TimelineModel& model_;
};

TimelineModel::TimelineModel(const TraceRecorder& recorder)
    : recorder_(recorder), sink_(std::make_unique<Sink>(*this)), builder_(std::make_unique<SpanBuilder>(*sink_)) {
  reset();
}

TimelineModel::~TimelineModel() = default;

void TimelineModel::reset() {
  builder_->reset();
  lanes_.assign(1, Lane{});
  lane_by_task_.clear();
  links_.clear();
  consumed_ = 0;
  span_count_ = 0;
  begin_time_ = 0;
  now_ = 0;
  generation_ = recorder_.generation();
}

size_t TimelineModel::update() {
  if (generation_ != recorder_.generation()) reset();
  size_t end = recorder_.size();
  if (consumed_ == 0 && end > 0) begin_time_ = recorder_[0].time;
  for (size_t i = consumed_; i < end; ++i) builder_->feed(recorder_[i]);
  size_t read = end - consumed_;
  consumed_ = end;
  // Dropped events (past the recorder's capacity) never arrive: the model's time
  // stops at the last stored one, so open spans do not run on to the real end.
  if (end > 0 && recorder_.dropped() == 0) now_ = std::max(now_, recorder_.last_time());
  else if (end > 0) now_ = std::max(now_, recorder_[end - 1].time);
  return read;
}

void TimelineModel::set_now(double now) {
  if (recorder_.dropped() == 0) now_ = std::max(now_, now);
}

double TimelineModel::now() const { return now_; }

void TimelineModel::add_task_lane(uint32_t task) {
  if (task == 0 || task >= kMaxTaskId) return;
  if (lane_by_task_.size() <= task) lane_by_task_.resize(size_t(task) + 1, 0);
  Lane lane;
  lane.task = task;
  // The recorder filed this task's metadata when the event arrived: it is the latest
  // TaskInfo with this id, at or after the previous lane's info.
  const auto& tasks = recorder_.tasks();
  uint32_t from = lanes_.size() > 1 ? lanes_.back().info + 1 : 0;
  for (uint32_t i = from; i < tasks.size(); ++i)
    if (tasks[i].id == task) {
      lane.info = i;
      break;
    }
  lanes_.push_back(std::move(lane));
  lane_by_task_[task] = static_cast<uint32_t>(lanes_.size() - 1 + 1);
}

size_t TimelineModel::lane_of_task(uint32_t task) const {
  if (task >= lane_by_task_.size() || lane_by_task_[task] == 0) return kNoLane;
  return lane_by_task_[task] - 1;
}

const TaskInfo* TimelineModel::task_info(size_t lane) const {
  if (lane == kLoopLane || lane >= lanes_.size()) return nullptr;
  const auto& tasks = recorder_.tasks();
  uint32_t i = lanes_[lane].info;
  return i < tasks.size() ? &tasks[i] : nullptr;
}

std::string_view TimelineModel::lane_name(size_t lane) const {
  if (lane == kLoopLane) return "event loop";
  const TaskInfo* info = task_info(lane);
  return info ? recorder_.task_name(*info) : std::string_view("?");
}

std::string_view TimelineModel::lane_coro(size_t lane) const {
  const TaskInfo* info = lane == kLoopLane ? nullptr : task_info(lane);
  return info ? recorder_.coro_name(*info) : std::string_view();
}

bool TimelineModel::open_span(size_t lane, Span& out) const {
  if (lane >= lanes_.size()) return false;
  const StateSpan* s = builder_->open_span(lanes_[lane].task);
  if (!s) return false;
  out = Span{s->start, std::max(s->start, now_), s->object, s->detail, s->line, s->state, s->wait};
  return true;
}

}  // namespace loopscope::ui
