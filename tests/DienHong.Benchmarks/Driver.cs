namespace DienHong.Benchmarks;

/// <summary>Runs <c>n</c> instances with at most <c>concurrency</c> in flight, each instance's calls awaited in order.</summary>
public static class Driver
{
    public static async Task RunAsync(int n, int concurrency, Func<int, Task> instance)
    {
        var next = -1;
        var workers = new Task[Math.Min(concurrency, Math.Max(1, n))];
        for (var w = 0; w < workers.Length; w++)
        {
            workers[w] = Task.Run(async () =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < n)
                {
                    await instance(i).ConfigureAwait(false);
                }
            });
        }

        await Task.WhenAll(workers).ConfigureAwait(false);
    }
}
