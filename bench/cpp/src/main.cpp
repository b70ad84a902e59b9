// libtorch C++ side of the benchmark: a worker that answers the driver's requests, one JSON line per request
// line (the protocol is in bench/README.md). Usage: lottery_bench_cpp --threads N [--device cpu|cuda].
#include <torch/torch.h>

#include <chrono>
#include <iostream>
#include <sstream>
#include <string>

#include "workloads.h"

namespace {

std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += (c == '\n' ? ' ' : c);
  }
  return out + "\"";
}

// Seconds with full precision (std::to_string keeps only six decimals).
std::string number(double value) {
  std::ostringstream out;
  out.precision(17);
  out << value;
  return out.str();
}

void reply(const std::string& json) { std::cout << json << std::endl; }

// The workload's kind and its key=value parameters.
std::pair<std::string, bench::Params> parse(const std::string& line) {
  std::istringstream words(line);
  std::string kind, word;
  words >> kind;
  bench::Params params;
  while (words >> word) {
    auto eq = word.find('=');
    if (eq == std::string::npos) throw std::invalid_argument("malformed parameter '" + word + "'");
    params[word.substr(0, eq)] = word.substr(eq + 1);
  }
  return {kind, params};
}

int64_t take(bench::Params& p, const std::string& key) {
  auto it = p.find(key);
  if (it == p.end()) throw std::invalid_argument("missing parameter '" + key + "'");
  auto value = std::stoll(it->second);
  p.erase(it);
  return value;
}

}  // namespace

int main(int argc, char** argv) {
  int threads = 1;
  std::string device_text = "cpu";
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string flag = argv[i];
    if (flag == "--threads") threads = std::stoi(argv[i + 1]);
    else if (flag == "--device") device_text = argv[i + 1];
  }
  torch::set_num_threads(threads);
  torch::Device device(device_text);
  if (device.is_cuda() && !torch::cuda::is_available()) {
    reply("{\"error\": " + quoted("--device " + device_text + ": CUDA is not available to this libtorch (" + TORCH_VERSION + ")") + "}");
    return 2;
  }
  reply("{\"implementation\": \"cpp\", \"version\": " + quoted(TORCH_VERSION) + ", \"threads\": " +
        std::to_string(torch::get_num_threads()) + ", \"device\": " + quoted(device.str()) + "}");
  std::string cached_key;
  std::unique_ptr<bench::Workload> cached;
  std::string line;
  while (std::getline(std::cin, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    try {
      auto [kind, p] = parse(line);
      torch::manual_seed(0);
      if (kind == "memory") {
        reply("{\"peakRssBytes\": " + std::to_string(bench::memory_workload(p, device)) + "}");
        continue;
      }
      auto runs = take(p, "runs"), warmup = take(p, "warmup");
      std::string key = kind;
      for (auto& [k, v] : p) key += " " + k + "=" + v;
      if (key != cached_key) {
        cached.reset();
        cached_key.clear();
        cached = bench::make_workload(kind, p, device);
        cached_key = key;
        for (int64_t i = 0; i < warmup; ++i) cached->run();
      }
      auto start = std::chrono::steady_clock::now();
      for (int64_t i = 0; i < runs; ++i) cached->run();
      if (device.is_cuda()) torch::cuda::synchronize();
      std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
      reply("{\"seconds\": " + number(elapsed.count()) + ", \"items\": " +
            std::to_string(runs * cached->items_per_run()) + "}");
    } catch (const std::exception& error) {
      reply("{\"error\": " + quoted(error.what()) + "}");
    }
  }
  return 0;
}
