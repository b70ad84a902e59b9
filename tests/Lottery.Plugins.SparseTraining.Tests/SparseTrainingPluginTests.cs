using Lottery.Contracts.SparseTraining;
using Lottery.Plugins.Tests;

namespace Lottery.Plugins.SparseTraining.Tests;

public sealed class SparseTrainingPluginTests
{
    [Fact]
    public void The_plugin_registers_set_and_rigl_as_mask_updaters_with_rigls_defaults()
    {
        var registry = new RecordingRegistry();

        new SparseTrainingPlugin().Register(registry);

        Assert.Equal([(typeof(IMaskUpdater), "set"), (typeof(IMaskUpdater), "rigl")], registry.Registered.Select(r => (r.Contract, r.Name)));
        var rigl = new RigLOptions();
        Assert.Equal((100, 0.75, 0.3, "cosine", "erk"), (rigl.UpdateInterval, rigl.EndFraction, rigl.DropFraction, rigl.Anneal, rigl.Distribution));
        Assert.Equal("constant", new SetOptions().Anneal);
    }
}
