// The block pipeline behind `crossroads score --csv`. The calling thread reads the input in blocks
// of whole lines and writes the output; worker threads each take the next block and score it into
// that block's own output buffer; blocks are written strictly in the order they were read.
//
// A CSV line never spans a newline (a quote cannot span lines), so a block of whole lines can be
// read on its own once two things are known: how many lines came before it (for line numbers) and
// the layout the input's first non-blank line decided (CsvReader's resuming constructor). The
// first blocks are therefore read on the calling thread until the layout is decided; only then
// does the work spread over the threads.
#include "csv_pipeline.hpp"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <string>
#include <thread>
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

// The input as a sequence of blocks of whole lines; a line longer than a block makes its block
// longer (a line is never cut).
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
      const std::size_t last = text.rfind('\n');
      if (last != std::string::npos && last >= before) {
        carry_.assign(text, last + 1);
        text.resize(last + 1);
        return true;
      }
    }
    return !failed_ && !text.empty();
  }

  [[nodiscard]] bool failed() const { return failed_; }

 private:
  std::FILE* in_;
  std::size_t block_bytes_;
  std::string carry_;  // the start of the line the last block could not hold
  bool ended_ = false;
  bool failed_ = false;
};

int lines_in(const std::string& text) {
  return static_cast<int>(std::count(text.begin(), text.end(), '\n'));
}

void write(std::FILE* out, const std::string& text) {
  std::fwrite(text.data(), 1, text.size(), out);
}

// The threads and the blocks they share. Block k lives in slot k % slots.size(); the calling
// thread fills slots in order, workers take them in order, and the calling thread writes them in
// order, reusing a slot only once it is written.
class Pipeline {
 public:
  Pipeline(const Questionnaire& q, CsvLayout layout, unsigned jobs)
      : q_(q), layout_(layout), slots_(kBlocksPerJob * jobs) {
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
  void run(BlockSource& source, int lines, std::FILE* out) {
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
    bool done = false;
    std::exception_ptr error;  // what stopped a worker (out of memory), raised when written
  };

  void write_next(std::FILE* out) {
    Slot& slot = slots_[written_ % slots_.size()];
    {
      std::unique_lock<std::mutex> lock(mutex_);
      done_.wait(lock, [&] { return slot.done; });
      slot.done = false;
    }
    if (slot.error) std::rethrow_exception(slot.error);
    write(out, slot.out);
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
        const auto visit = [&](const CsvRow& row) { scorer.add(row, slot->out); };
        CsvReader reader(q_, slot->first_line, layout_);
        reader.feed(slot->text, visit);
        reader.finish(visit);  // the input's last line may lack its newline
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
  bool stopping_ = false;
};

}  // namespace

bool score_csv_stream(const Questionnaire& q, std::FILE* in, std::FILE* out, unsigned jobs) {
  jobs = std::clamp(jobs, 1U, kMaxJobs);
  const std::size_t block_bytes =
      std::clamp(kInFlightBytes / (kBlocksPerJob * jobs), kMinBlockBytes, kMaxBlockBytes);
  BlockSource source(in, block_bytes);
  std::string text;
  const bool any = source.next(text);
  if (source.failed()) return false;  // before any output: a directory, an unreadable file
  write(out, csv_header(q));
  if (!any) return true;

  // On this thread until the first non-blank line has decided the layout (or for everything,
  // with one job).
  CsvReader reader(q);
  CsvScorer scorer(q);
  std::string scored;
  const auto visit = [&](const CsvRow& row) { scorer.add(row, scored); };
  do {
    reader.feed(text, visit);
    write(out, scored);
    scored.clear();
  } while ((jobs == 1 || !reader.layout()) && source.next(text));
  if (reader.layout() && jobs > 1) {
    Pipeline pipeline(q, *reader.layout(), jobs);
    pipeline.run(source, reader.lines(), out);
  }
  reader.finish(visit);  // a last line without a newline, when read here
  write(out, scored);
  return !source.failed();
}

}  // namespace crossroads::cli
