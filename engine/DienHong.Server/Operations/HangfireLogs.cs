using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace DienHong.Server.Operations;

/// <summary>
/// Hangfire's logs (nhật ký Hangfire) through the host's logging. Hangfire keeps its log provider in a static, so
/// where several hosts share one process (the server's tests) it can outlive the host whose logger factory it holds:
/// a logger asked for after that factory is disposed is then a silent one, instead of an exception that would fail
/// the job client's construction in the host still running.
/// </summary>
public sealed class HangfireLogs(ILoggerFactory factory) : ILogProvider
{
    private readonly AspNetCoreLogProvider inner = new(factory);

    public ILog GetLogger(string name)
    {
        try
        {
            return inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return Silent.Instance;
        }
    }

    private sealed class Silent : ILog
    {
        public static Silent Instance { get; } = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
