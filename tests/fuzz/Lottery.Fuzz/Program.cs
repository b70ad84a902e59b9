using Lottery.Fuzz;
using SharpFuzz;

// `Lottery.Fuzz <target>`: under afl-fuzz, SharpFuzz's fork server runs the target on each input AFL sends; alone, it
// runs the target once on standard input (how a crasher is replayed by hand). `Lottery.Fuzz seed <corpus> <repository>`
// writes every target's seed files (make fuzz runs it; the corpus tests check the committed ones match).
if (args is ["seed", var corpus, var repository])
{
    SeedCorpus.Write(corpus, repository);
    return 0;
}
if (args is [var name] && FuzzTargets.Find(name) is { } target)
{
    var scratch = Directory.CreateTempSubdirectory("lottery-fuzz-").FullName;
    try
    {
        Fuzzer.Run(stream =>
        {
            using var input = new MemoryStream();
            stream.CopyTo(input);
            FuzzTargets.Run(target, input.ToArray(), scratch);
        });
    }
    finally
    {
        Directory.Delete(scratch, recursive: true);
    }
    return 0;
}
Console.Error.WriteLine($"usage: Lottery.Fuzz <{string.Join("|", FuzzTargets.All.Select(t => t.Name))}> | seed <corpus folder> <repository>");
return 2;
