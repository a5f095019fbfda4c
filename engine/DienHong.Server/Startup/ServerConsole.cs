namespace DienHong.Server.Startup;

/// <summary>Where the server tells the person who started it what it did (màn hình khởi động): the console, or a test's writer.</summary>
public sealed class ServerConsole(TextWriter writer)
{
    private readonly Lock gate = new();

    public void WriteLine(string line)
    {
        lock (gate)
        {
            writer.WriteLine(line);
            writer.Flush();
        }
    }
}
