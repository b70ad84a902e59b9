using Microsoft.Extensions.Configuration;

namespace Lottery.Host.Sweeps;

/// <summary>Where a point's run lives and what its finished run records.</summary>
public sealed record PointIdentity(string RunDirectory, string Fingerprint);

/// <summary>
/// Resolves a point's configuration to its run directory exactly as `./lottery run` would (same strategies, same hash), and
/// checks that it can run at all (options, strategies, stages): a sweep with a point that cannot run starts nothing.
/// </summary>
public interface IPointIdentity
{
    /// <exception cref="Configuration.ConfigurationError">The point's configuration is invalid.</exception>
    PointIdentity Resolve(IConfigurationRoot pointConfiguration);
}
