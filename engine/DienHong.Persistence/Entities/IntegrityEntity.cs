namespace DienHong.Persistence.Entities;

/// <summary>The one row of the integrity record (bản ghi toàn vẹn): the sealing keys' id and the instances created, sealed.</summary>
public sealed class IntegrityEntity
{
    public long Id { get; set; }

    public required string KeyId { get; set; }

    public long InstancesCreated { get; set; }

    public required string Seal { get; set; }
}
