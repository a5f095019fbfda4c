using DienHong.Testing;
using Xunit;

namespace DienHong.Cluster.Tests;

/// <summary>One PostgreSQL server for every test of this assembly; each test makes its own database on it.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
