namespace Lottery.Plugins.Elastic;

/// <summary>
/// One stage as a mapping sees it: its position (1-based, as messages name it), its module name, and how many
/// blocks the source and the target network have in it.
/// </summary>
public readonly record struct StageDepth(int Number, string Name, int SourceBlocks, int TargetBlocks)
{
    /// <summary>"stage 2 (layer2)": how every mapping error names the stage it is about.</summary>
    public override string ToString() => FormattableString.Invariant($"stage {Number} ({Name})");
}
