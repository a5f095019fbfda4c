using Xunit.Sdk;

namespace DienHong.Store.Tests;

/// <summary>
/// A contract test: run for every store, and skipped with the reason for a store whose class is marked
/// <see cref="PostgresStoreAttribute"/> on a machine without PostgreSQL (see <see cref="StoreFactDiscoverer"/>).
/// </summary>
[XunitTestCaseDiscoverer("DienHong.Store.Tests.StoreFactDiscoverer", "DienHong.Store.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;
