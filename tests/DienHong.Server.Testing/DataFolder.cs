namespace DienHong.Server.Testing;

/// <summary>A temporary data folder for one test, deleted on dispose.</summary>
public sealed class DataFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("dienhong-server-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, true);
        }
        catch (IOException)
        {
            // Left to the OS's temporary folder cleaning.
        }
    }
}
