namespace DienHong.Engine.Storage;

/// <summary>Brings a store up to date when its host starts (migrations, keys); a store needing nothing registers none.</summary>
public interface IStoreStartup
{
    Task StartAsync(CancellationToken cancellationToken = default);
}
