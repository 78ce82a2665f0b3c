#pragma once
// A bounded hand-over of batches from one producer thread to one consumer: the import parses
// rows on one core while the other writes them to the database.

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <vector>

namespace parindex {

template <class Item>
class BatchChannel {
  public:
    explicit BatchChannel(std::size_t capacity) : m_capacity(capacity) {}

    // Waits while the channel is full; false when the consumer has stopped listening.
    bool push(std::vector<Item>&& batch) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_batches.size() < m_capacity || m_cancelled; });
        if (m_cancelled) {
            return false;
        }
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
        return true;
    }

    // The producer's last word: no more batches will come.
    void close() {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

    // The consumer gives up (its visitor failed): the producer's next push returns false.
    void cancel() {
        const std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_changed.notify_all();
    }

    // The next batch, or nothing once the channel is closed and drained.
    std::optional<std::vector<Item>> pop() {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_batches.empty() || m_closed; });
        if (m_batches.empty()) {
            return std::nullopt;
        }
        std::vector<Item> batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return batch;
    }

  private:
    std::size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<Item>> m_batches;
    bool m_closed = false;
    bool m_cancelled = false;
};

// Cancels the channel when it goes out of scope: the producer never waits on a consumer that
// has gone.
template <class Item>
class ChannelCancel {
  public:
    explicit ChannelCancel(BatchChannel<Item>& channel) : m_channel(channel) {}
    ChannelCancel(const ChannelCancel&) = delete;
    ChannelCancel& operator=(const ChannelCancel&) = delete;
    ChannelCancel(ChannelCancel&&) = delete;
    ChannelCancel& operator=(ChannelCancel&&) = delete;
    ~ChannelCancel() { m_channel.cancel(); }

  private:
    BatchChannel<Item>& m_channel;
};

}  // namespace parindex
