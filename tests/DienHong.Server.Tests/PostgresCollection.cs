using DienHong.Testing;

namespace DienHong.Server.Tests;

/// <summary>One private PostgreSQL server for the server's PostgreSQL tests; each test makes its own database on it.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
