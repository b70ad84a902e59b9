namespace Lottery.Plugins.Vision.Architectures;

/// <summary>
/// Settings of the <c>lenet</c> architecture. None yet: the widths come from the spec's variant, so one
/// configuration can name several LeNets. The class exists because every strategy binds an options section.
/// </summary>
public sealed class LeNetOptions
{
}
