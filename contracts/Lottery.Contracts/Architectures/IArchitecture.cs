namespace Lottery.Contracts.Architectures;

/// <summary>
/// Builds networks of one family. The variant string selects depth/width; an unknown variant is an
/// ArgumentException naming it and the accepted forms. New networks are initialised from the current
/// global random state (seed it for reproducible runs).
/// </summary>
public interface IArchitecture
{
    ArchitectureModel Create(ArchitectureSpec spec);
}
