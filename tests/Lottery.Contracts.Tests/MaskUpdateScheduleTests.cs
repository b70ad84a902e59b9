using Lottery.Contracts.SparseTraining;

namespace Lottery.Contracts.Tests;

public sealed class MaskUpdateScheduleTests
{
    [Fact]
    public void Rigls_defaults_update_every_hundred_steps_up_to_three_quarters_of_training_and_never_after()
    {
        var schedule = new MaskUpdateSchedule(UpdateInterval: 100, EndFraction: 0.75);

        var steps = Enumerable.Range(0, 1001).Where(step => schedule.UpdatesAt(step, totalSteps: 1000)).ToArray();

        Assert.Equal(750, schedule.EndStep(1000));
        Assert.Equal([100, 200, 300, 400, 500, 600, 700], steps);
    }

    [Fact]
    public void The_end_step_itself_is_the_last_update_when_the_interval_divides_it()
    {
        var schedule = new MaskUpdateSchedule(UpdateInterval: 25, EndFraction: 0.75);

        Assert.True(schedule.UpdatesAt(75, totalSteps: 100));
        Assert.False(schedule.UpdatesAt(100, totalSteps: 100));
        Assert.False(schedule.UpdatesAt(0, totalSteps: 100));
    }
}
