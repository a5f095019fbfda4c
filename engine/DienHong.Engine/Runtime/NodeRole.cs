namespace DienHong.Engine.Runtime;

/// <summary>What the interpreter does with a node (vai trò của bước), fixed when the version is compiled.</summary>
internal enum NodeRole
{
    /// <summary>An ordinary node: its activity runs when a token arrives.</summary>
    Activity,

    /// <summary>The one Start node: where the first token begins; it writes no completion of its own.</summary>
    Start,

    /// <summary>A Join: the interpreter itself counts arrivals by its <see cref="JoinPolicy"/>.</summary>
    Join,

    /// <summary>An End: its activity ends the case.</summary>
    End,
}
