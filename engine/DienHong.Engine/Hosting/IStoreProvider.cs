using Microsoft.Extensions.DependencyInjection;

namespace DienHong.Engine.Hosting;

/// <summary>
/// A store assembly's hook (điểm gắn kho lưu trữ): registers its implementations of the storage ports when
/// <see cref="DatabaseOptions.Provider"/> names it. Found like activities, in the scanned assemblies; it needs a public
/// parameterless constructor.
/// </summary>
public interface IStoreProvider
{
    /// <summary>The <see cref="DatabaseOptions.Provider"/> value it serves, e.g. <c>Sqlite</c>.</summary>
    string Name { get; }

    void Register(IServiceCollection services, DienHongOptions options);
}
