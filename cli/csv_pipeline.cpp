// The block pipeline behind `crossroads score --csv`. The calling thread reads the input in blocks
// of whole lines and writes the output; worker threads each take the next block and score it into
// that block's own output buffer; blocks are written strictly in the order they were read.
//
// A block is cut where a record ends (CsvRecordEnds: a quoted field may hold line breaks), so a
// block of whole records can be read on its own once two things are known: how many lines came
// before it (for line numbers) and the layout the input's first two usable lines decided
// (CsvReader's resuming constructor). The first blocks are therefore read on the calling thread
// until the layout is decided; only then does the work spread over the threads. Each block's count
// of rows and refused rows travels with its output, so the totals are summed on the calling thread
// as the blocks are written.
#include "csv_pipeline.hpp"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "crossroads/csv.hpp"

namespace crossroads::cli {
namespace {

// Input is read in blocks of about this size: large enough that handing one to a thread costs
// nothing next to scoring its ~6,000 rows, small enough to keep memory low.
constexpr std::size_t kMaxBlockBytes = std::size_t{256} << 10U;
// Input held in blocks at once (output buffers are about as large again): this bounds peak memory
// to a few megabytes even with --jobs far beyond the core count.
constexpr std::size_t kInFlightBytes = std::size_t{4} << 20U;
constexpr std::size_t kMinBlockBytes = std::size_t{8} << 10U;
// Blocks per thread: one being scored while the next waits, so no thread idles on the reader.
constexpr std::size_t kBlocksPerJob = 2;

// The input as a sequence of blocks of whole records, cut by the rule the reader ends records by;
// a record longer than a block makes its block longer (a record is never cut).
class BlockSource {
 public:
  BlockSource(std::FILE* in, std::size_t block_bytes) : in_(in), block_bytes_(block_bytes) {}

  // Fills text with the next block; false at the end of the input or on a read error.
  bool next(std::string& text) {
    text.swap(carry_);
    carry_.clear();
    while (!ended_) {
      const std::size_t before = text.size();
      text.resize(before + block_bytes_);
      const std::size_t got = std::fread(text.data() + before, 1, block_bytes_, in_);
      text.resize(before + got);
      if (got < block_bytes_) {
        ended_ = true;
        failed_ = std::ferror(in_) != 0;
        break;
      }
      // Only the bytes just read: records_ has seen everything before them. The reader drops a
      // byte-order mark before it looks for records, so records_ must not see it either.
      std::size_t from = before;
      if (at_start_ && std::string_view(text).substr(0, kUtf8Bom.size()) == kUtf8Bom)
        from = kUtf8Bom.size();
      at_start_ = false;
      const std::size_t end = records_.last_end(std::string_view(text).substr(from));
      if (end != std::string_view::npos) {
        carry_.assign(text, from + end);
        text.resize(from + end);
        return true;
      }
    }
    return !failed_ && !text.empty();
  }

  [[nodiscard]] bool failed() const { return failed_; }

 private:
  std::FILE* in_;
  std::size_t block_bytes_;
  std::string carry_;      // the start of the record the last block could not hold
  CsvRecordEnds records_;  // where records end in the bytes read so far
  bool at_start_ = true;   // nothing read yet: a byte-order mark may come
  bool ended_ = false;
  bool failed_ = false;
};

int lines_in(const std::string& text) {
  return static_cast<int>(std::count(text.begin(), text.end(), '\n'));
}

// The output CSV. Its header goes out just before the first row: an input that cannot be used
// at all then leaves stdout empty, and a script never mistakes a bare header for a result.
class Output {
 public:
  Output(std::FILE* out, std::string header) : out_(out), header_(std::move(header)) {}

  void write(const std::string& rows) {
    if (rows.empty()) return;
    if (!started_) {
      put(header_);
      started_ = true;
    }
    put(rows);
  }

 private:
  void put(const std::string& text) { std::fwrite(text.data(), 1, text.size(), out_); }

  std::FILE* out_;
  std::string header_;
  bool started_ = false;
};

// Rows read and rows refused, in a block or in a whole input.
struct Counts {
  long long rows = 0;
  long long refused = 0;
};

// The threads and the blocks they share. Block k lives in slot k % slots.size(); the calling
// thread fills slots in order, workers take them in order, and the calling thread writes them in
// order, reusing a slot only once it is written.
class Pipeline {
 public:
  Pipeline(const Questionnaire& q, CsvLayout layout, unsigned jobs)
      : q_(q), layout_(std::move(layout)), slots_(kBlocksPerJob * jobs) {
    workers_.reserve(jobs);
    try {
      for (unsigned i = 0; i < jobs; ++i) workers_.emplace_back([this] { work(); });
    } catch (...) {  // the system refused a thread: stop the ones started, then report it
      stop();
      throw;
    }
  }
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;
  ~Pipeline() { stop(); }

  // Reads the rest of the input, the first line of it being line `lines` + 1; writes as it goes.
  // Returns the rows it read and refused.
  Counts run(BlockSource& source, int lines, Output& out) {
    while (true) {
      if (filled_ - written_ == slots_.size()) write_next(out);  // every slot in use
      Slot& slot = slots_[filled_ % slots_.size()];
      if (!source.next(slot.text)) break;
      slot.first_line = lines;
      lines += lines_in(slot.text);
      {
        const std::lock_guard<std::mutex> lock(mutex_);
        ++filled_;
      }
      ready_.notify_one();
    }
    while (written_ < filled_) write_next(out);
    return counts_;
  }

 private:
  void stop() {
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      stopping_ = true;
    }
    ready_.notify_all();
    for (std::thread& t : workers_) t.join();
  }

  struct Slot {
    std::string text;
    std::string out;
    int first_line = 0;
    Counts counts;  // the block's, set with out
    bool done = false;
    std::exception_ptr error;  // what stopped a worker (out of memory), raised when written
  };

  void write_next(Output& out) {
    Slot& slot = slots_[written_ % slots_.size()];
    {
      std::unique_lock<std::mutex> lock(mutex_);
      done_.wait(lock, [&] { return slot.done; });
      slot.done = false;
    }
    if (slot.error) std::rethrow_exception(slot.error);
    out.write(slot.out);
    counts_.rows += slot.counts.rows;
    counts_.refused += slot.counts.refused;
    ++written_;
  }

  void work() {
    CsvScorer scorer(q_);
    while (true) {
      Slot* slot = nullptr;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        ready_.wait(lock, [&] { return taken_ < filled_ || stopping_; });
        if (taken_ == filled_) return;  // stopping, nothing left
        slot = &slots_[taken_++ % slots_.size()];
      }
      try {
        slot->out.clear();
        const long long refused_before = scorer.refused();
        const auto visit = [&](const CsvRow& row) { scorer.add(row, slot->out); };
        CsvReader reader(q_, slot->first_line, layout_);
        reader.feed(slot->text, visit);
        reader.finish(visit);  // the input's last line may lack its newline
        slot->counts = {reader.rows(), scorer.refused() - refused_before};
      } catch (...) {
        slot->error = std::current_exception();
      }
      {
        const std::lock_guard<std::mutex> lock(mutex_);
        slot->done = true;
      }
      done_.notify_all();
    }
  }

  const Questionnaire& q_;
  const CsvLayout layout_;
  std::vector<Slot> slots_;
  std::vector<std::thread> workers_;
  std::mutex mutex_;
  std::condition_variable ready_;  // a block was filled, or the pipeline stops
  std::condition_variable done_;   // a block was scored
  // Blocks filled, taken and written so far (the calling thread owns filled_ and written_;
  // filled_ and taken_ change under the mutex).
  std::size_t filled_ = 0;
  std::size_t taken_ = 0;
  std::size_t written_ = 0;
  Counts counts_;  // of the blocks written so far (the calling thread's)
  bool stopping_ = false;
};

}  // namespace

CsvRun score_csv_stream(const Questionnaire& q, std::FILE* in, std::FILE* out, unsigned jobs,
                        const CsvOptions& options) {
  jobs = std::clamp(jobs, 1U, kMaxJobs);
  const std::size_t block_bytes =
      std::clamp(kInFlightBytes / (kBlocksPerJob * jobs), kMinBlockBytes, kMaxBlockBytes);
  BlockSource source(in, block_bytes);
  Output output(out, csv_header(q));

  // On this thread until the first two usable lines have decided the layout (or for everything,
  // with one job). A layout problem stops the reading: no row of such an input is ever scored.
  CsvReader reader(q, options);
  CsvScorer scorer(q);
  std::string scored;
  const auto visit = [&](const CsvRow& row) { scorer.add(row, scored); };
  std::string text;
  // Handed over only where the reader stands at a record's end, so no record is split between it
  // and the threads.
  while ((jobs == 1 || !reader.layout() || !reader.at_record_end()) && !reader.problem() &&
         source.next(text)) {
    reader.feed(text, visit);
    output.write(scored);
    scored.clear();
  }
  CsvRun run;
  if (reader.layout() && !reader.problem() && jobs > 1) {
    // Each block's reader copies the layout: without the header's names, which rows do not need
    // and a header of a million columns would make a copy of for every block.
    CsvLayout rows_layout = *reader.layout();
    rows_layout.names = {};
    Pipeline pipeline(q, std::move(rows_layout), jobs);
    const Counts counts = pipeline.run(source, reader.lines(), output);
    run.rows += counts.rows;
    run.refused += counts.refused;
  }
  // A last line without a newline, when read here; an input without a data row is known only now.
  if (!reader.problem()) reader.finish(visit);
  output.write(scored);
  run.read = !source.failed();
  run.problem = reader.problem();
  run.rows += reader.rows();
  run.refused += scorer.refused();
  return run;
}

}  // namespace crossroads::cli
