namespace DienHong.Persistence.Postgres;

/// <summary>How far a copy has come: <see cref="Rows"/> rows of <see cref="Table"/> copied so far.</summary>
public sealed record StoreCopyProgress(string Table, long Rows);
