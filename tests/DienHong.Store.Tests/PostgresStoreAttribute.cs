namespace DienHong.Store.Tests;

/// <summary>Marks a contract class whose store needs a PostgreSQL server: its tests skip where there is none (run and fail in CI).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PostgresStoreAttribute : Attribute;
