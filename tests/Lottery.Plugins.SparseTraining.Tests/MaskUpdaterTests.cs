using Lottery.Contracts.SparseTraining;

namespace Lottery.Plugins.SparseTraining.Tests;

public sealed class MaskUpdaterTests
{
    // 5 live weights, drop fraction 0.4: RigL's n_prune = int(5 * 0.4) = 2, so |-0.1| (position 1) and |0.2| (6) go.
    private static readonly SetOptions SetAtFortyPercent = new() { DropFraction = 0.4 };
    private static readonly RigLOptions RigLAtFortyPercent = new() { DropFraction = 0.4, Anneal = DropFractionSchedule.Constant };

    [Fact]
    public void Set_drops_exactly_the_k_smallest_magnitudes_and_regrows_k_positions_that_were_not_kept()
    {
        using var tensors = new HandMadeTensors();
        using var random = new Generator(7);

        var update = new SetUpdater(SetAtFortyPercent).Update(tensors.Context(random));
        using var mask = update.Mask;
        var live = HandMadeTensors.LivePositions(mask);

        Assert.Equal(0.4, update.DropFraction);
        Assert.Equal(5, live.Length);
        // The three largest magnitudes (0.5, 0.9, -0.3 at 0, 3, 4) survive; the two grown come from 1, 2, 5, 6, 7.
        Assert.Subset(live.ToHashSet(), new HashSet<int> { 0, 3, 4 });
        Assert.Equal(2, live.Except([0, 3, 4]).Count(position => new[] { 1, 2, 5, 6, 7 }.Contains(position)));
    }

    [Fact]
    public void Set_regrows_where_its_seeded_random_source_says_so_the_same_seed_the_same_mask()
    {
        using var tensors = new HandMadeTensors();
        var masks = new[] { 7UL, 7UL, 8UL, 9UL, 10UL }.Select(seed =>
        {
            using var random = new Generator(seed);
            using var mask = new SetUpdater(SetAtFortyPercent).Update(tensors.Context(random)).Mask;
            return string.Join(",", HandMadeTensors.LivePositions(mask));
        }).ToList();

        Assert.Equal(masks[0], masks[1]);
        Assert.True(masks.Skip(1).Distinct().Count() > 1, $"four seeds regrew the same positions: {string.Join(" | ", masks)}");
    }

    [Fact]
    public void Rigl_grows_exactly_the_k_largest_dense_gradient_positions_among_those_not_kept()
    {
        using var tensors = new HandMadeTensors();
        using var random = new Generator(7);

        using var mask = new RigLUpdater(RigLAtFortyPercent).Update(tensors.Context(random)).Mask;

        // Kept 0, 3, 4 by magnitude; grown 5 (|-0.8|) and 7 (0.3), not 0 and 3 whose gradients are larger but which stay anyway.
        Assert.Equal([0, 3, 4, 5, 7], HandMadeTensors.LivePositions(mask));
    }

    [Fact]
    public void Counts_per_tensor_never_change_over_many_updates_of_either_method()
    {
        using var model = nn.Linear(30, 20);
        using var random = new Generator(3);
        var names = new[] { "weight" };
        foreach (IMaskUpdater updater in new IMaskUpdater[] { new SetUpdater(new SetOptions()), new RigLUpdater(new RigLOptions()) })
        {
            var mask = updater.Initialize(new MaskInitialization(model, names, 0.2, random));
            var initial = mask.Count();
            for (var step = 100; step <= 750; step += 100)
            {
                using var gradient = randn([20, 30], generator: random);
                var next = updater.Update(new MaskUpdateContext(model, mask, new Dictionary<string, Tensor> { ["weight"] = gradient }, step, 1000, random)).Mask;
                mask.Dispose();
                mask = next;
                Assert.Equal(initial, mask.Count());
            }
            Assert.Equal((120L, 600L), initial);
            mask.Dispose();
        }
    }

    [Theory]
    [InlineData(0, 0.3)]
    [InlineData(375, 0.15)]
    [InlineData(250, 0.225)]
    [InlineData(750, 0.0)]
    [InlineData(900, 0.0)]
    public void The_cosine_drop_fraction_is_alpha_half_one_plus_cos_pi_t_over_t_end(long step, double expected)
    {
        // T_end = 750: at t = 250, 0.3 / 2 * (1 + cos(pi / 3)) = 0.15 * 1.5 = 0.225; past T_end it stays 0.
        Assert.Equal(expected, DropFractionSchedule.At(DropFractionSchedule.Cosine, 0.3, step, 750), 12);
        Assert.Equal(0.3, DropFractionSchedule.At(DropFractionSchedule.Constant, 0.3, step, 750));
    }

    [Fact]
    public void Rigl_reports_the_cosine_drop_fraction_of_the_step_it_updates_at()
    {
        using var tensors = new HandMadeTensors();
        using var random = new Generator(7);

        var update = new RigLUpdater(new RigLOptions()).Update(tensors.Context(random, step: 250, totalSteps: 1000));
        update.Mask.Dispose();

        Assert.Equal(0.225, update.DropFraction, 12);
    }

    [Fact]
    public void Rigl_without_the_gradient_of_a_tensor_says_which()
    {
        using var tensors = new HandMadeTensors();
        using var random = new Generator(7);
        tensors.Gradients.Remove(HandMadeTensors.WeightName, out var gradient);
        gradient!.Dispose();

        var error = Assert.Throws<ArgumentException>(() => new RigLUpdater(new RigLOptions()).Update(tensors.Context(random)));

        Assert.Contains("dense gradient of 'weight'", error.Message);
    }
}
