"""The ``axelrod-nl`` command.

Every failure the user can cause (a bad spec, an unknown strategy, an output
folder that cannot be written) ends with one ``axelrod-nl: error: ...`` line and
exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from fractions import Fraction
from pathlib import Path
from typing import Optional, Sequence

EXIT_USAGE = 2


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"expected a positive number, got {value}")
    return value


def _seed(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"a seed cannot be negative, got {value}")
    return value


def _probability(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None


def _exact_number(text: str) -> Fraction:
    # Read as a fraction, so that 0.9 is exactly 9/10 and the thresholds print as 1/21, 2/3.
    try:
        return Fraction(text.strip())
    except (ValueError, ZeroDivisionError):
        raise argparse.ArgumentTypeError(f"expected a number such as 0.9 or 9/10, got {text!r}") from None


def _formats(text: str) -> tuple[str, ...]:
    from .results import EXPORT_FORMATS

    chosen = tuple(f.strip() for f in text.split(",") if f.strip())
    bad = [f for f in chosen if f not in EXPORT_FORMATS]
    if bad or not chosen:
        raise argparse.ArgumentTypeError(f"formats must be from {', '.join(EXPORT_FORMATS)}, got {text!r}")
    return chosen


def _say(args, *lines: str) -> None:
    if not getattr(args, "quiet", False):
        for line in lines:
            print(line)


# ---- commands ----------------------------------------------------------------------------

def command_run(args) -> int:
    from .io import RunFolder
    from .spec import load_spec

    spec = load_spec(args.spec)
    if args.metrics and args.out is None:
        raise ValueError("--metrics writes its tables into the --out folder; give --out DIR too")
    if args.formats is not None and args.out is None:
        raise ValueError("--formats chooses the formats of the files --out writes; give --out DIR too")
    if args.matches and args.out is None:
        raise ValueError("--matches writes the table of matches into the --out folder; give --out DIR too")
    if args.histories and not args.matches:
        raise ValueError("--histories adds every match's moves to the table of matches; give --matches too")
    tournament = spec.tournament(seed=args.seed, repetitions=args.repetitions, workers=args.workers,
                                 progress=not args.quiet,
                                 keep_histories=True if (args.plots or args.metrics) else None)
    # Both folders are checked before a possibly long run, and written whole after it.
    out = RunFolder(args.out, args.overwrite, _manifest(args.spec, tournament)) if args.out is not None else None
    plots = RunFolder(args.plots, args.overwrite) if args.plots is not None else None
    tournament.check_size()
    formats = args.formats or EXPORT_DEFAULT
    if out is not None and args.matches:
        # The table of matches streams into the run folder as blocks are played, never held whole.
        from .results import MatchTableWriter

        with out as folder:
            writer = MatchTableWriter(folder, tournament.names, formats)
            try:
                results = tournament.play(on_block=writer.write, block_histories=args.histories)
            finally:
                writer.close()
            _report(args, spec, tournament, results)
            _write_run(folder, results, formats, args.metrics)
        _say(args, "", f"wrote the results to {args.out}")
    else:
        results = tournament.play()
        _report(args, spec, tournament, results)
        if out is not None:
            with out as folder:
                _write_run(folder, results, formats, args.metrics)
            _say(args, "", f"wrote the results to {args.out}")
    if plots is not None:
        _write_plots(plots, results)
        _say(args, f"wrote the plots to {args.plots}")
    return 0


def _report(args, spec, tournament, results) -> None:
    published = None
    if spec.reference:
        from .historical.reproduction import published as published_tables

        published = {name: entry.score for name, entry in published_tables(spec.reference).ENTRIES.items()}
    _say(args, f"{spec.name}: {len(spec.players)} players, {tournament.repetitions} repetitions, "
               f"seed {tournament.seed}, {_ranking_words(results)}", "", results.format_summary(published=published))


def _write_run(folder, results, formats, with_metrics: bool) -> None:
    results.write_into(folder, formats)
    if with_metrics:
        from .analysis.metrics import metric_tables

        for stem, table in metric_tables(results).items():
            table.to_csv(folder.file(f"{stem}.csv"))


EXPORT_DEFAULT = ("csv", "parquet")


def _ranking_words(results) -> str:
    return "ranked by " + ("score per move (match lengths vary)" if results.ranked_by == "normalised_score"
                           else "score per match")


def _manifest(spec_path, tournament) -> dict:
    """What a run folder's manifest records of its origin: the spec, its text and the full settings."""
    path = Path(spec_path)
    return {"spec": str(path), "spec_text": path.read_text(encoding="utf-8"), "seed": tournament.seed,
            "settings": tournament.describe()}


def _write_plots(plots, results) -> None:
    from .analysis.plots import save_figures, tournament_figures

    save_figures(tournament_figures(results), plots.target, overwrite=plots.overwrite)


def _results_or_tournament(args, purpose: str, needs_self_play: bool = True):
    """A run folder's saved results, or the spec's tournament to play; with the source's name.

    Returns ``(name, results, tournament)``; exactly one of the last two is None.
    """
    from .io import is_run_folder

    source = Path(args.spec)
    if source.is_dir():
        if not is_run_folder(source):
            raise ValueError(f"{source} is a folder but not an axelrod-nl run folder (no manifest.json)")
        for option in ("seed", "repetitions", "workers"):
            if getattr(args, option, None) is not None:
                raise ValueError(f"--{option} applies to a spec that is played, not to the saved run {source}")
        from .results import load_results

        results = load_results(source)
        if needs_self_play and not results.self_play:
            raise ValueError(f"{source}: {purpose} needs self-play; that run was played without it")
        return results.description.get("name", str(source)), results, None
    from .spec import load_spec

    spec = load_spec(args.spec)
    tournament = spec.tournament(seed=args.seed, repetitions=args.repetitions, workers=args.workers,
                                 progress=not getattr(args, "quiet", True))
    if needs_self_play and not tournament.self_play:  # checked before a possibly long run
        raise ValueError(f"{args.spec}: {purpose} needs self-play; set self_play = true")
    return spec.name, None, tournament


def command_sweep(args) -> int:
    from .sweeps import SweepInterrupted, load_sweep, run_sweep

    sweep = load_sweep(args.sweep)
    if args.dry_run:
        print(f"{sweep.name}: {sweep.size()}")
        return 0
    if args.out is None:
        raise ValueError("sweep writes its dataset into a folder; give --out DIR (or --dry-run for its size)")
    if args.scheduler is not None and args.workers is not None:
        raise ValueError("--workers sets local threads; with --scheduler the cluster's workers play the sweep")
    try:
        report = run_sweep(sweep, args.out, workers=args.workers, scheduler=args.scheduler,
                           progress=not args.quiet)
    except SweepInterrupted as stopped:
        print(f"axelrod-nl: interrupted; {stopped}; run the same command again to resume", file=sys.stderr)
        from .sweeps.execute import running_threads

        if running_threads():
            # A tournament is still playing in a worker thread; its batch will be redone on resume.
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(130)
        return 130
    _say(args, str(report))
    return 0


def command_plot(args) -> int:
    from .io import RunFolder

    name, results, tournament = _results_or_tournament(args, "plotting", needs_self_play=False)
    plots = RunFolder(args.out, args.overwrite)
    if results is None:
        tournament.keep_histories = True  # the bank-account figure reads the moves
        tournament.check_size()
        results = tournament.play()
    _write_plots(plots, results)
    _say(args, f"{name}: wrote the plots to {args.out}")
    return 0


def command_ecology(args) -> int:
    from .analysis.ecology import Ecosystem
    from .io import RunFolder

    name, results, tournament = _results_or_tournament(args, "the ecological simulation")
    out = RunFolder(args.out, args.overwrite, {"source": str(args.spec)}) if args.out is not None else None
    plots = RunFolder(args.plots, args.overwrite) if args.plots is not None else None
    if results is None:
        tournament.check_size()
        results = tournament.play()
    shares = Ecosystem(results).run(args.generations)
    shown = sorted({g for g in (0, 5, 50, args.generations) if g <= args.generations})
    table = shares.loc[shown].T.sort_values(args.generations, ascending=False, kind="stable")
    table.columns = [f"gen {g}" for g in shown]
    _say(args, f"{name}: replicator dynamics over {args.generations} generations "
               f"({results.repetitions} repetitions, seed {results.description.get('seed')}); shares in %", "",
         table.mul(100).to_string(float_format=lambda x: f"{x:.2f}"))
    _say_published_features(args, results, shares)
    if out is not None:
        with out as folder:
            shares.to_csv(folder.file("ecology_shares.csv"))
        _say(args, "", f"wrote {Path(args.out) / 'ecology_shares.csv'}")
    if plots is not None:
        from .analysis.plots import population_shares

        with plots as folder:
            population_shares(shares, title=f"{name}: ecological simulation").savefig(
                folder.file("ecology.png"), format="png", dpi=120)
        _say(args, f"wrote {Path(args.plots) / 'ecology.png'}")
    return 0


def _say_published_features(args, results, shares) -> None:
    """For the 63 rules of Axelrod's second round, the published features of their ecology, checked."""
    from .historical import axelrod_1980_second as second

    names = second.names_in_rank_order(results)
    if names is None or shares.index[-1] < second.ECOLOGY_GENERATIONS:
        return
    features = second.ecological_features(shares, names)
    lines = ["", "the published features of round two's ecology (Axelrod 1984, Figure 2):"]
    lines += [f"  {'HOLDS' if row.holds else 'FAILS'}  {row.feature}: {row.measured}" for row in features.itertuples()]
    _say(args, *lines)


def command_moran(args) -> int:
    from .analysis.moran import estimate_fixation_probability, exact_fixation_probability

    name, results, tournament = _results_or_tournament(args, "a Moran process")
    names = results.names if results is not None else tournament.names
    mutant, resident = (_player_named(player, names) for player in (args.mutant, args.resident))
    if not 1 <= args.mutants < args.size:
        raise ValueError(f"--mutants must be between 1 and --size - 1 ({args.size - 1}), got {args.mutants}")
    if results is None:
        tournament.check_size()
        results = tournament.play()
    seed = results.description.get("seed", 0) if args.seed is None else args.seed
    options = dict(process=args.process, intensity=args.intensity, self_interaction=args.self_interaction)
    estimate = estimate_fixation_probability(results, mutant, resident, args.size, runs=args.runs,
                                             mutants=args.mutants, seed=seed, **options)
    matrix = results.payoff_matrix
    exact = exact_fixation_probability(matrix.loc[mutant, mutant], matrix.loc[mutant, resident],
                                       matrix.loc[resident, mutant], matrix.loc[resident, resident],
                                       args.size, mutants=args.mutants, **options)
    interaction = "with" if args.self_interaction else "without"
    print(f"{name}: Moran process, {args.process}, N = {args.size}, intensity {args.intensity:g}, "
          f"{interaction} self-interaction ({results.repetitions} repetitions, seed {seed})")
    print(f"{args.mutants} {mutant} among {args.size - args.mutants} {resident}:")
    print(f"  fixation probability   {estimate.probability:.4f} ± {estimate.standard_error:.4f} "
          f"({args.runs} runs, mean {estimate.mean_steps:.0f} steps)")
    print(f"  exact (Nowak et al.)   {exact:.4f}")
    print(f"  neutral drift          {args.mutants / args.size:.4f}")
    return 0


def _player_named(name: str, names: Sequence[str]) -> str:
    """A tournament player's display name, matched exactly or ignoring case, spaces and punctuation."""
    if name in names:
        return name
    key = "".join(c for c in name.lower() if c.isalnum())
    found = [n for n in names if "".join(c for c in n.lower() if c.isalnum()) == key]
    if len(found) > 1:
        raise ValueError(f"{name!r} could be any of {', '.join(found)}; give the exact name")
    if not found:
        raise ValueError(f"no player named {name!r} in the spec; players are {', '.join(names)}")
    return found[0]


def command_reproduce(args) -> int:
    from .historical.reproduction import reproduce_spec
    from .spec import load_spec

    spec = load_spec(args.spec)
    report = reproduce_spec(spec, seeds=args.seeds, seed=args.seed, workers=args.workers, progress=True)
    print(f"{spec.name} against {spec.reference}")
    print(report.format())
    return 0


def command_match(args) -> int:
    from .game import Game
    from .loading import parse_player
    from .match import Match

    if args.turns is not None and args.continuation is not None:
        raise ValueError("--turns and --continuation conflict: give a fixed number of turns or a "
                         "continuation probability, not both")
    search = [Path.cwd()]
    a, b = parse_player(args.player_a, search), parse_player(args.player_b, search)
    game = Game(*args.payoffs) if args.payoffs else None
    turns = None if args.continuation is not None else (200 if args.turns is None else args.turns)
    match = Match(a, b, turns, continuation=args.continuation, noise=args.noise, seed=args.seed, game=game)
    print(match.play())
    return 0


def command_stability(args) -> int:
    from .analysis import stability
    from .game import Game

    if not 0 < args.w < 1:
        raise ValueError(f"--w must be between 0 and 1 (both excluded), got {float(args.w):g}")
    game = stability.check_dilemma(Game(*args.payoffs, general=True)) if args.payoffs else Game()
    w = args.w
    threshold = stability.tft_stability_threshold(game, exact=True)
    native = stability.value_tft_vs_tft(w, game)
    invaders = {"ALL D": stability.value_alld_vs_tft(w, game),
                "ALTERNATOR": stability.value_alternator_vs_tft(w, game)}
    best = max(invaders, key=invaders.get)
    if stability.is_collectively_stable_tft(w, game):
        verdict = "collectively stable"
    else:
        verdict = f"not collectively stable: {best} does better by {_exact_text(invaders[best] - native)}"
    _say(args,
         f"Axelrod and Hamilton (1981) at w = {_exact_text(w)}, "
         f"payoffs R = {game.R:g}, S = {game.S:g}, T = {game.T:g}, P = {game.P:g}",
         f"TIT FOR TAT is collectively stable iff w >= {_exact_text(threshold)}",
         f"  (ALL D needs w >= {_exact_text(stability.alld_invasion_threshold(game, exact=True))}, "
         f"ALTERNATOR D C D C ... w >= {_exact_text(stability.alternator_invasion_threshold(game, exact=True))})",
         f"  at w = {_exact_text(w)} it is {verdict}",
         f"  V(TIT FOR TAT | TIT FOR TAT)  {_exact_text(native)}",
         f"  V(ALL D | TIT FOR TAT)        {_exact_text(invaders['ALL D'])}",
         f"  V(ALTERNATOR | TIT FOR TAT)   {_exact_text(invaders['ALTERNATOR'])}",
         "ALL D is collectively stable at every w",
         f"  a cluster of TIT FOR TAT invades it when more than p* = "
         f"{_exact_text(stability.cluster_invasion_threshold(w, game))} of its games are within the cluster",
         "TIT FOR TWO TATS (forgives one defection) is never collectively stable",
         f"  defecting once on the first move gains T - R = "
         f"{_exact_text(stability.forgiving_rule_invader_advantage(w, game))} against it")
    return 0


def _exact_text(value) -> str:
    """A number in decimals, and as a fraction too when that is short."""
    text = f"{float(value):.6g}"
    if isinstance(value, Fraction) and 1 < value.denominator <= 10_000:
        text += f" (= {value})"
    return text


def command_fingerprint(args) -> int:
    from .analysis.fingerprint import ashlock_fingerprint, transitive_fingerprint
    from .analysis.plots import save_figure
    from .io import RunFolder
    from .loading import parse_player

    player = parse_player(args.strategy, [Path.cwd()])
    if args.kind == "ashlock":
        result = ashlock_fingerprint(player, step=args.step, turns=args.turns, repetitions=args.repetitions,
                                     seed=args.seed or 0, workers=args.workers)
    else:
        result = transitive_fingerprint(player, number_of_opponents=args.opponents, turns=args.turns,
                                        repetitions=args.repetitions, seed=args.seed or 0, workers=args.workers)
    out = RunFolder(args.out, args.overwrite, {"strategy": str(player), "kind": args.kind}) if args.out else None
    if out is not None:
        with out as folder:
            result.data.to_csv(folder.file(f"{args.kind}_fingerprint.csv"))
            save_figure(result.plot(), folder.file(f"{args.kind}_fingerprint.png"))
    data = result.data
    if args.kind == "ashlock":
        corners = {"(0, 0): TIT FOR TAT": data.iloc[0, 0], "(1, 0): ALL C": data.iloc[0, -1],
                   "(0, 1): ALL D": data.iloc[-1, 0], "(1, 1): PSYCHO": data.iloc[-1, -1]}
        _say(args, f"Ashlock fingerprint of {player}: mean score per move against the probe, "
                   f"{data.shape[0]} x {data.shape[1]} points, {args.turns} moves, {args.repetitions} repetitions",
             *(f"  {label:22s} {value:.3f}" for label, value in corners.items()),
             f"  mean over the square   {float(data.to_numpy().mean()):.3f}")
    else:
        _say(args, f"transitive fingerprint of {player}: cooperation rate by opponent (rows) and move, "
                   f"{args.repetitions} repetitions", "",
             data.iloc[:, : min(10, data.shape[1])].to_string(float_format=lambda x: f"{x:.2f}"))
    if out is not None:
        _say(args, "", f"wrote {Path(args.out) / (args.kind + '_fingerprint.csv')} and the figure beside it")
    return 0


def _step(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number that divides 1, such as 0.05, got {text!r}") from None
    count = round(1 / value) if value > 0 else 0
    if not 0 < value <= 1 or abs(count * value - 1) > 1e-9:
        raise argparse.ArgumentTypeError(f"expected a number that divides 1, such as 0.05, got {text!r}")
    return value


def _generation_list(text: str) -> list[int]:
    try:
        values = [int(part) for part in text.split(",")]
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected generations separated by commas, such as 0,50,200, "
                                         f"got {text!r}") from None
    if any(value < 0 for value in values):
        raise argparse.ArgumentTypeError(f"generations cannot be negative, got {text!r}")
    return values


def command_evolve(args) -> int:
    import networkx as nx

    from .analysis.graph_spec import DRAW_LIMIT, check_snapshots, evolution_from_spec
    from .analysis.plots import graph_strategies, lattice_snapshots, population_lines, save_figure
    from .io import RunFolder

    from .spec import tomllib

    path = Path(args.spec)
    if not path.is_file():
        raise ValueError(f"spec file {args.spec} not found")
    try:
        data = tomllib.loads(path.read_text())
    except tomllib.TOMLDecodeError as error:
        raise ValueError(f"{args.spec}: {error}") from None
    spec = evolution_from_spec(data, path.parent)
    dynamics, generations = spec.evolution, spec.generations
    if args.generations is not None:
        generations = args.generations
    asked = args.snapshots is not None or spec.snapshots is not None
    notes = []
    if args.snapshots is not None:
        snapshots = check_snapshots(args.snapshots, generations, "--snapshots")
    elif spec.snapshots is not None:
        later = [g for g in spec.snapshots if g > generations]
        snapshots = tuple(g for g in spec.snapshots if g <= generations) or (0, generations)
        if later:
            notes.append(f"snapshots after generation {generations} left out: {', '.join(map(str, later))}")
    else:
        snapshots = tuple(sorted({g for g in (0, 10, 100, generations) if g <= generations}))
    size = len(dynamics.nodes)
    draw = args.out is not None and (spec.lattice is not None or size <= DRAW_LIMIT or asked)
    if args.out is not None and not draw:
        notes.append(f"the graph is not drawn: {size} nodes are more than {DRAW_LIMIT} for a node-link "
                     "picture; ask with --snapshots (or snapshots in [evolution])")
    # One run gives the counts and, when the graph is drawn, the populations at the snapshots.
    run = dynamics.run(generations, snapshots=snapshots if draw else None)
    shown = sorted({g for g in (0, 10, 100, generations) if g <= generations})
    table = run.shares.loc[shown].T
    table.columns = [f"gen {g}" for g in shown]
    _say(args, f"{path.name}: {dynamics.rule.replace('_', '-')} updating on {len(dynamics.nodes)} nodes, "
               f"{generations} generations, {run.fitness} payoffs; shares in %", "",
         table.mul(100).to_string(float_format=lambda x: f"{x:.1f}"))
    if args.out is not None:
        pictures = run.snapshots if draw else None
        title = f"{path.stem}: strategies by generation"
        with RunFolder(args.out, args.overwrite, {"spec": str(path)}) as folder:
            run.counts.to_csv(folder.file("evolution_counts.csv"))
            save_figure(population_lines(run.shares, highlight=dynamics.names,
                                         title=f"{path.stem}: shares over generations"),
                        folder.file("evolution_shares.png"))
            if pictures is not None and spec.lattice is not None:
                save_figure(lattice_snapshots(pictures, *spec.lattice, dynamics.names, list(snapshots), title=title),
                            folder.file("evolution_lattice.png"))
            elif pictures is not None:
                # A ring is clearest as a circle; other graphs take graph_strategies' seeded spring layout.
                positions = nx.circular_layout(spec.graph) if spec.kind == "ring" else None
                save_figure(graph_strategies(spec.graph, pictures, dynamics.names, list(snapshots), positions,
                                             title=title),
                            folder.file("evolution_graph.png"))
        written = "the figures" if draw else "the figure"
        _say(args, "", f"wrote {Path(args.out) / 'evolution_counts.csv'} and {written} beside it", *notes)
    elif notes:
        _say(args, "", *notes)
    return 0


def command_strategies(args) -> int:
    from .filters import describe, filtered, strategy_list

    classes = strategy_list(args.list)
    criteria = {name: getattr(args, name) for name in ("stochastic", "uses_length", "uses_payoffs", "long_run_time")
                if getattr(args, name) is not None}
    classes = filtered(classes, memory_depth=args.memory_depth, min_memory_depth=args.min_memory_depth,
                       max_memory_depth=args.max_memory_depth, **criteria)
    table = describe(classes)
    if args.names:
        for name in table["class"]:
            print(name)
        return 0
    shown = table.loc[:, ["class", "name", "stochastic", "memory_depth", "uses_length", "uses_payoffs",
                          "long_run_time"]].copy()
    shown["memory_depth"] = shown["memory_depth"].map(lambda d: "inf" if d == math.inf else f"{d:g}")
    for column in ("stochastic", "uses_length", "uses_payoffs", "long_run_time"):
        shown[column] = shown[column].map({True: "yes", False: "no"})
    header = ("class", "name", "stochastic", "memory", "length", "payoffs", "long run")
    rows = [tuple(str(cell) for cell in row) for row in shown.itertuples(index=False)]
    widths = [max(len(r[k]) for r in rows + [header]) for k in range(len(header))]
    for row in [header] + rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip())
    print(f"\n{len(shown)} strategies" + (f" of the list {args.list!r}" if args.list != "all" else "")
          + (" matching the filters" if criteria or args.memory_depth is not None or args.min_memory_depth is not None
             or args.max_memory_depth is not None else ""))
    return 0


def _yes_no(text: str) -> bool:
    lowered = text.lower()
    if lowered in ("yes", "true", "1"):
        return True
    if lowered in ("no", "false", "0"):
        return False
    raise argparse.ArgumentTypeError(f"expected yes or no, got {text!r}")


def _depth(text: str) -> float:
    if text.lower() in ("inf", "infinite", "unbounded"):
        return math.inf
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 0 or 'inf', got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 0 or 'inf', got {text!r}")
    return float(value)


# ---- parser --------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = argparse.ArgumentParser(prog="axelrod-nl",
                                     description="Iterated prisoner's dilemma tournaments, fast and faithful.")
    parser.add_argument("--version", action="version", version=f"axelrod-nl {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True

    run = commands.add_parser("run", help="play a tournament spec and print its ranking")
    run.add_argument("spec", help="tournament spec (TOML), e.g. tournaments/axelrod_1980_first.toml")
    run.add_argument("--seed", type=_seed, help="override the spec's seed")
    run.add_argument("--repetitions", type=_positive_int, help="override the spec's repetitions")
    run.add_argument("--workers", type=_positive_int, help="threads to use (default: all cores)")
    run.add_argument("--out", type=Path, help="run folder for the summary, payoff matrix and the running sums "
                                              "(load back with axn.load_results or as the source of ecology/moran)")
    run.add_argument("--matches", action="store_true",
                     help="also write the table of every match, streamed into --out as the run goes")
    run.add_argument("--histories", action="store_true",
                     help="with --matches: add each side's moves to every row (C/D strings)")
    run.add_argument("--overwrite", action="store_true",
                     help="replace the results already in --out or --plots (else that is an error)")
    run.add_argument("--formats", type=_formats,
                     help="comma-separated formats of the --out files: csv, parquet (default both)")
    run.add_argument("--plots", type=Path, metavar="DIR", help="folder for PNG plots of the results")
    run.add_argument("--metrics", action="store_true",
                     help="also write the analysis tables (outcome rates, state-to-action rates, good partner "
                          "rating, niceness, payoff differences) as CSV into --out")
    run.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")
    run.set_defaults(handler=command_run)

    sweep = commands.add_parser("sweep", help="play every tournament of a sweep (TOML in tournaments/sweeps/) "
                                              "into one Parquet dataset; a rerun resumes")
    sweep.add_argument("sweep", help="sweep description (TOML), e.g. tournaments/sweeps/small.toml")
    sweep.add_argument("--out", type=Path, metavar="DIR",
                       help="folder of the dataset (players/ and tournaments/ part files, sweep.json)")
    sweep.add_argument("--workers", type=_positive_int, help="local threads, each playing whole tournaments "
                                                             "(default: all cores)")
    sweep.add_argument("--scheduler", metavar="ADDRESS",
                       help="play on a dask.distributed cluster, e.g. tcp://host:8786 (pip install axelrod-nl[dask])")
    sweep.add_argument("--dry-run", action="store_true",
                       help="print the number of tournaments, matches and moves, and play nothing")
    sweep.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")
    sweep.set_defaults(handler=command_sweep)

    ecology = commands.add_parser("ecology", help="play a spec, then Axelrod's ecological simulation "
                                                  "(replicator dynamics) on its payoffs")
    ecology.add_argument("spec", help="tournament spec (TOML), or a run folder written by run --out; "
                                      "self_play must be on")
    ecology.add_argument("--generations", type=_positive_int, default=1000,
                         help="generations to simulate (default 1000)")
    ecology.add_argument("--seed", type=_seed, help="override the spec's seed")
    ecology.add_argument("--repetitions", type=_positive_int, help="override the spec's repetitions")
    ecology.add_argument("--workers", type=_positive_int, help="threads to use (default: all cores)")
    ecology.add_argument("--out", type=Path, metavar="DIR", help="folder for the shares of every generation (CSV)")
    ecology.add_argument("--plots", type=Path, metavar="DIR", help="folder for the stackplot of the shares (PNG)")
    ecology.add_argument("--overwrite", action="store_true", help="replace what --out or --plots already hold")
    ecology.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")
    ecology.set_defaults(handler=command_ecology)

    plot = commands.add_parser("plot", help="write the figures of a run folder (or of a spec, played)")
    plot.add_argument("spec", help="a run folder written by run --out, or a tournament spec (TOML) to play")
    plot.add_argument("--out", type=Path, metavar="DIR", required=True, help="folder for the PNG figures")
    plot.add_argument("--overwrite", action="store_true", help="replace the figures already in --out")
    plot.add_argument("--seed", type=_seed, help="override the spec's seed (a spec only)")
    plot.add_argument("--repetitions", type=_positive_int, help="override the spec's repetitions (a spec only)")
    plot.add_argument("--workers", type=_positive_int, help="threads to use (a spec only)")
    plot.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")
    plot.set_defaults(handler=command_plot)

    moran = commands.add_parser("moran", help="play a spec, then estimate how often mutants of one rule "
                                              "take over a population of another (Moran process)")
    moran.add_argument("spec", help="tournament spec (TOML), or a run folder written by run --out; "
                                    "self_play must be on")
    moran.add_argument("--mutant", required=True, help="the invading rule's name, e.g. 'Tit For Tat'")
    moran.add_argument("--resident", required=True, help="the resident rule's name, e.g. Defector")
    moran.add_argument("--size", type=_positive_int, default=20, help="population size N (default 20)")
    moran.add_argument("--mutants", type=_positive_int, default=1, help="starting mutants (default 1)")
    moran.add_argument("--runs", type=_positive_int, default=10_000, help="independent runs (default 10000)")
    moran.add_argument("--intensity", type=_probability, default=1.0,
                       help="intensity of selection w, fitness 1 - w + w * payoff (default 1)")
    moran.add_argument("--process", choices=("birth-death", "death-birth"), default="birth-death",
                       help="updating rule (default birth-death)")
    moran.add_argument("--self-interaction", action="store_true",
                       help="count each individual's game against itself in its payoff")
    moran.add_argument("--seed", type=_seed, help="override the spec's seed (also seeds the process)")
    moran.add_argument("--repetitions", type=_positive_int, help="override the spec's repetitions")
    moran.add_argument("--workers", type=_positive_int, help="threads to use (default: all cores)")
    moran.set_defaults(handler=command_moran)

    reproduce = commands.add_parser("reproduce", help="replay a historical tournament under many seeds "
                                                      "and compare it with the published results")
    reproduce.add_argument("spec", help="a spec with a reference, e.g. tournaments/axelrod_1980_first.toml")
    reproduce.add_argument("--seeds", type=_positive_int, default=1000, help="number of reproductions (default 1000)")
    reproduce.add_argument("--seed", type=_seed, help="seed of the whole run (default: the spec's)")
    reproduce.add_argument("--workers", type=_positive_int, help="threads to use (default: all cores)")
    reproduce.set_defaults(handler=command_reproduce)

    match = commands.add_parser("match", help="play one match and print both move strings and scores")
    match.add_argument("player_a", help="strategy, e.g. TitForTat, 'Random(0.3)', 'strategies/networkers.py:GiveFirst'")
    match.add_argument("player_b", help="strategy for the second player")
    match.add_argument("--turns", type=_positive_int, help="number of moves (default 200; not with --continuation)")
    match.add_argument("--continuation", type=_probability,
                       help="continuation probability w instead of fixed turns (not with --turns)")
    match.add_argument("--noise", type=_probability, default=0.0, help="probability of flipping each move")
    match.add_argument("--seed", type=_seed, default=0, help="random seed (default 0)")
    match.add_argument("--payoffs", type=float, nargs=4, metavar=("R", "S", "T", "P"), help="payoffs (default 3 0 5 1)")
    match.set_defaults(handler=command_match)

    stability = commands.add_parser("stability", help="Axelrod and Hamilton's (1981) stability results "
                                                      "for a continuation probability w and payoffs")
    stability.add_argument("--w", type=_exact_number, default=Fraction(9, 10),
                           help="continuation probability, 0 < w < 1, as a decimal or a fraction (default 0.9)")
    stability.add_argument("--payoffs", type=float, nargs=4, metavar=("R", "S", "T", "P"),
                           help="payoffs (default 3 0 5 1); they need T > R > P > S and 2R > T + S")
    stability.set_defaults(handler=command_stability)

    evolve = commands.add_parser("evolve", help="evolve a population of strategies on a graph (a TOML spec "
                                                "with [graph], [evolution], [match] and [[players]])")
    evolve.add_argument("spec", help="evolution spec (TOML); see axelrod_nl/analysis/graph_spec.py")
    evolve.add_argument("--generations", type=_positive_int, help="override the spec's generations")
    evolve.add_argument("--out", type=Path, metavar="DIR",
                        help="folder for the counts (CSV), the shares and the population pictures (PNG)")
    evolve.add_argument("--snapshots", type=_generation_list, metavar="G,G,...",
                        help="generations to picture with --out (default: the spec's snapshots, else 0, 10, "
                             "100 and the last); a lattice as a grid, another graph as nodes and edges")
    evolve.add_argument("--overwrite", action="store_true", help="replace what --out already holds")
    evolve.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")
    evolve.set_defaults(handler=command_evolve)

    fingerprint = commands.add_parser("fingerprint", help="a strategy's Ashlock (Joss-Ann) or transitive fingerprint")
    fingerprint.add_argument("strategy", help="strategy, e.g. WinStayLoseShift or 'TitForTat | noisy(0.05)'")
    fingerprint.add_argument("--kind", choices=("ashlock", "transitive"), default="ashlock",
                             help="Ashlock's fingerprint over the unit square (default) or the transitive one")
    fingerprint.add_argument("--step", type=_step, default=0.05, help="grid spacing of the Ashlock fingerprint (default 0.05)")
    fingerprint.add_argument("--opponents", type=_positive_int, default=50,
                             help="Random(p) opponents of the transitive fingerprint (default 50)")
    fingerprint.add_argument("--turns", type=_positive_int, default=50, help="moves a match (default 50)")
    fingerprint.add_argument("--repetitions", type=_positive_int, default=10, help="matches a point (default 10)")
    fingerprint.add_argument("--seed", type=_seed, help="seed (default 0)")
    fingerprint.add_argument("--workers", type=_positive_int, help="threads to use (default: all cores)")
    fingerprint.add_argument("--out", type=Path, metavar="DIR", help="folder for the values (CSV) and the figure (PNG)")
    fingerprint.add_argument("--overwrite", action="store_true", help="replace what --out already holds")
    fingerprint.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")
    fingerprint.set_defaults(handler=command_fingerprint)

    strategies = commands.add_parser("strategies", help="list the strategy catalogue with classifiers, filtered")
    strategies.add_argument("--list", default="all", choices=("all", "basic", "first_tournament", "second_tournament",
                                                              "short_run_time", "long_run_time"),
                            help="a named list (default: the whole catalogue)")
    strategies.add_argument("--stochastic", type=_yes_no, metavar="yes|no", help="only stochastic (or deterministic) rules")
    strategies.add_argument("--memory-depth", type=_depth, metavar="N", help="only rules of this memory depth ('inf': unbounded)")
    strategies.add_argument("--min-memory-depth", type=_depth, metavar="N", help="only rules remembering at least N moves")
    strategies.add_argument("--max-memory-depth", type=_depth, metavar="N", help="only rules remembering at most N moves")
    strategies.add_argument("--uses-length", type=_yes_no, metavar="yes|no", help="by whether it reads the match length")
    strategies.add_argument("--uses-payoffs", type=_yes_no, metavar="yes|no", help="by whether it reads payoffs or scores")
    strategies.add_argument("--long-run-time", type=_yes_no, metavar="yes|no", help="by Axelrod-Python's long-run-time class")
    strategies.add_argument("--names", action="store_true", help="print the class names only, one a line")
    strategies.set_defaults(handler=command_strategies)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.handler(args)
    except KeyboardInterrupt:
        print("axelrod-nl: interrupted", file=sys.stderr)
        from .engine import runner

        if runner.kernel_stuck():
            # A rule is still spinning in the kernel thread; end the process without waiting for it.
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(130)
        return 130
    except (ValueError, TypeError, OSError) as error:
        if os.environ.get("AXELROD_NL_DEBUG"):
            raise
        print(f"axelrod-nl: error: {error}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
