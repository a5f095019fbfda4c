using DienHong.Server.Testing;

namespace DienHong.Server.Tests;

/// <summary>One started server for the tests that only read (its data folder is deleted with it).</summary>
public sealed class SharedServer : IAsyncLifetime, IDisposable
{
    private readonly DataFolder folder = new();

    public ServerFactory Server { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Server = new ServerFactory(folder.Path).Started();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();

    /// <summary>After <see cref="DisposeAsync"/> (xunit calls both): the folder goes once the server has let go of it.</summary>
    public void Dispose() => folder.Dispose();
}
