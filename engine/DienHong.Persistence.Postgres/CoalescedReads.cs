namespace DienHong.Persistence.Postgres;

/// <summary>
/// Reads of one key asked for at once share one query (gộp truy vấn): a caller that asks while a query of its key is
/// on its way waits for the next one, which starts when that one ends and answers everyone who asked meanwhile. So
/// every answer comes from a query sent after its caller asked (never staler than a read of its own), and a key read
/// by many concurrent runs (the published version of a definition, by every start) costs one round trip per
/// round trip's time rather than one per caller.
/// </summary>
internal sealed class CoalescedReads<TKey, TValue>(Func<TKey, Task<TValue>> query)
    where TKey : notnull
{
    private readonly Lock gate = new();
    private readonly Dictionary<TKey, Slot> slots = [];

    public Task<TValue> ReadAsync(TKey key, CancellationToken cancellationToken)
    {
        Task<TValue> answer;
        lock (gate)
        {
            if (!slots.TryGetValue(key, out var slot))
            {
                slots[key] = slot = new Slot();
                answer = RunAsync(key, slot);
            }
            else
            {
                slot.Next ??= new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
                answer = slot.Next.Task;
            }
        }

        return answer.WaitAsync(cancellationToken);
    }

    /// <summary>Runs the key's query, then, while callers asked during it, the next one for them; frees the key when none did.</summary>
    private async Task<TValue> RunAsync(TKey key, Slot slot)
    {
        try
        {
            return await query(key).ConfigureAwait(false);
        }
        finally
        {
            TaskCompletionSource<TValue>? next;
            lock (gate)
            {
                next = slot.Next;
                slot.Next = null;
                if (next is null)
                {
                    slots.Remove(key);
                }
            }

            if (next is not null)
            {
                _ = AnswerAsync(key, slot, next);
            }
        }
    }

    private async Task AnswerAsync(TKey key, Slot slot, TaskCompletionSource<TValue> next)
    {
        try
        {
            next.TrySetResult(await RunAsync(key, slot).ConfigureAwait(false));
        }
        catch (Exception e)
        {
            next.TrySetException(e);
        }
    }

    private sealed class Slot
    {
        public TaskCompletionSource<TValue>? Next { get; set; }
    }
}
