using static Lottery.Torch.Tests.TestHelpers;
using F = Lottery.Torch.torch.nn.functional;

namespace Lottery.Torch.Tests;

/// <summary>Dispose scopes free every intermediate, on one thread and across async continuations.</summary>
public class MemoryTests
{
    private sealed class SmallCnn : nn.Module<Tensor, Tensor>
    {
        private readonly Lottery.Torch.Modules.Sequential body = nn.Sequential(
            nn.Conv2d(1, 4, 3, padding: 1), nn.BatchNorm2d(4), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), nn.Linear(4 * 4 * 4, 3));

        public SmallCnn() => register_module("body", body);

        public override Tensor forward(Tensor input) => body.call(input);
    }

    private static void TrainStep(SmallCnn model, Optim.Optimizer optimizer, Tensor images, Tensor labels)
    {
        var loss = F.cross_entropy(model.call(images), labels);
        optimizer.zero_grad();
        loss.backward();
        optimizer.step();
    }

    [Fact]
    public void A_thousand_training_steps_in_scopes_leave_the_live_count_unchanged()
    {
        manual_seed(3);
        using var model = new SmallCnn();
        using var optimizer = optim.SGD(model.parameters(), 0.01, momentum: 0.9, weight_decay: 1e-4);
        // The first step creates the momentum buffers, which live as long as the optimizer.
        using (NewDisposeScope()) TrainStep(model, optimizer, randn(8, 1, 8, 8), randint(0, 3, [8]));
        var before = SettledLiveTensorCount();
        for (var step = 0; step < 1000; step++)
        {
            using var scope = NewDisposeScope();
            TrainStep(model, optimizer, randn(8, 1, 8, 8), randint(0, 3, [8]));
        }
        Assert.Equal(before, SettledLiveTensorCount());
    }

    [Fact]
    public async Task Scopes_follow_async_code_across_threads()
    {
        manual_seed(4);
        using var model = new SmallCnn();
        using var optimizer = optim.SGD(model.parameters(), 0.01, momentum: 0.9, weight_decay: 1e-4);
        // The first step creates the momentum buffers, which live as long as the optimizer.
        using (NewDisposeScope()) TrainStep(model, optimizer, randn(8, 1, 8, 8), randint(0, 3, [8]));
        var before = SettledLiveTensorCount();
        var threads = new HashSet<int>();
        var crossings = 0;
        for (var step = 0; step < 1000; step++)
        {
            using var scope = NewDisposeScope();
            var images = randn(8, 1, 8, 8);
            var opened = Environment.CurrentManagedThreadId;
            // The next part runs on a dedicated thread; the scope (an AsyncLocal) flows there with the context.
            var labels = await Task.Factory.StartNew(() =>
            {
                threads.Add(Environment.CurrentManagedThreadId);
                return randint(0, 3, [8]);
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            Assert.Same(scope, labels.OwningScope);
            if (Environment.CurrentManagedThreadId != opened) crossings++;
            TrainStep(model, optimizer, images, labels);
            await Task.Yield();
        }
        Assert.True(threads.Count > 1, "tensors were created on more than one thread");
        Assert.True(crossings > 0, "some steps resumed on another thread than the one that opened the scope");
        Assert.Equal(before, SettledLiveTensorCount());
    }

    [Fact]
    public async Task No_grad_follows_async_code_onto_other_threads()
    {
        using var scope = NewDisposeScope();
        var x = ones([2], requires_grad: true);
        using (no_grad())
        {
            var recorded = await Task.Factory.StartNew(() => x.mul(2).requires_grad, CancellationToken.None,
                TaskCreationOptions.LongRunning, TaskScheduler.Default);
            Assert.False(recorded);
        }
        var outside = await Task.Factory.StartNew(() => x.mul(2).requires_grad, CancellationToken.None,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);
        Assert.True(outside);
    }

    [Fact]
    public void Moved_out_tensors_survive_their_scope_and_nested_scopes_unwind()
    {
        var before = SettledLiveTensorCount();
        Tensor kept;
        using (var outer = NewDisposeScope())
        {
            using (var inner = NewDisposeScope())
            {
                var a = ones(2);
                kept = inner.MoveToOuter(a.add(1));
                Assert.Same(outer, kept.OwningScope);
                Assert.Equal(1, inner.Count); // a is still owned by inner
            }
            Assert.Equal(new float[] { 2, 2 }, kept.data<float>());
            kept.DetachFromDisposeScope();
        }
        Assert.False(kept.IsDisposed);
        Assert.Equal(before + 1, SettledLiveTensorCount());
        kept.Dispose();
        Assert.Equal(before, SettledLiveTensorCount());
    }

    [Fact]
    public void Module_parameters_are_not_freed_by_the_scope_they_were_created_in()
    {
        Lottery.Torch.Modules.Linear layer;
        using (NewDisposeScope()) layer = nn.Linear(3, 2);
        Assert.Equal(new long[] { 2, 3 }, layer.weight.shape);
        var before = SettledLiveTensorCount();
        layer.Dispose();
        Assert.Equal(before - 2, SettledLiveTensorCount());
    }
}
