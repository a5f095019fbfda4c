using DienHong.Testing;

namespace DienHong.Store.Tests;

/// <summary>One PostgreSQL server for the PostgreSQL store's contract tests; each test makes its own database on it.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
