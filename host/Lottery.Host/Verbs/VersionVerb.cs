using Lottery.Contracts.Plugins;
using Lottery.Torch;

namespace Lottery.Host.Verbs;

/// <summary>`version`: the host, contracts and libtorch versions, and whether CUDA is usable.</summary>
public sealed class VersionVerb : IVerb
{
    public string Name => "version";

    public string Summary => "print versions of the host, the contracts and libtorch";

    public int Run(TextWriter output, TextWriter error, CancellationToken stop)
    {
        output.WriteLine($"LotteryHost {typeof(VersionVerb).Assembly.GetName().Version}, contracts {typeof(ILotteryPlugin).Assembly.GetName().Version}, " +
                         $"libtorch {torch.version}; CUDA available: {torch.cuda.is_available()}");
        return 0;
    }
}
