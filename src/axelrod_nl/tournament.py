"""Axelrod-style round-robin tournaments."""

from __future__ import annotations

import warnings
from typing import Callable, Optional, Sequence

import numpy as np

from .engine.protocol import N_STATS
from .engine.random import geometric_lengths
from . import sizing
from .engine.runner import MatchSettings, WorkItems, default_workers, run_items
from .game import Game
from .match import check_player
from .progress import ProgressBar
from .aggregation import Aggregates
from .results import RANKINGS, TournamentResults
from .strategy import Strategy
from .validation import (
    as_int64,
    check_flag,
    check_game_lengths,
    check_length_mode,
    check_noise,
    check_repetitions,
    check_seed,
    check_workers,
)

# Above this many turns a run shows a progress bar (if asked) and is cut finer to update it.
_PROGRESS_TURNS = 5_000_000
# Matches per block of repetitions: the working memory of a run, whatever its repetitions.
_BLOCK_MATCHES = 250_000


class StochasticRuleWarning(UserWarning):
    """A rule drew from its random stream though its classifier says it is deterministic."""


def check_edges(edges, n: int) -> list[tuple[int, int]]:
    """The pairings of a tournament on a graph, as sorted ``(a, b)`` with ``a <= b``.

    ``edges`` is a sequence of pairs of player indices, or a networkx graph whose
    nodes are the players in order (``list(graph.nodes)[k]`` is player k). A
    match is the same from both sides, so a directed graph's two edges between
    two nodes are one pairing; a list naming a pairing twice is refused, since
    it cannot mean two sets of matches. A self-loop ``(k, k)`` is a twin match.
    """
    if hasattr(edges, "nodes") and hasattr(edges, "edges"):
        nodes = list(edges.nodes)
        if len(nodes) != n:
            raise ValueError(f"the graph has {len(nodes)} nodes for {n} players; give one player per node")
        position = {node: k for k, node in enumerate(nodes)}
        return sorted({tuple(sorted((position[u], position[v]))) for u, v in edges.edges})
    if isinstance(edges, (str, bytes)) or not hasattr(edges, "__iter__"):
        raise TypeError(f"edges must be a list of (i, j) pairs of player indices or a networkx graph, got {edges!r}")
    pairs = []
    for edge in edges:
        if (isinstance(edge, (str, bytes)) or not hasattr(edge, "__len__") or len(edge) != 2
                or not all(isinstance(k, (int, np.integer)) and not isinstance(k, bool) for k in edge)):
            raise TypeError(f"each edge must be a pair (i, j) of player indices, got {edge!r}")
        a, b = sorted(int(k) for k in edge)
        if a < 0 or b >= n:
            raise ValueError(f"edge {tuple(edge)} names a player outside 0..{n - 1}")
        pairs.append((a, b))
    if not pairs:
        raise ValueError("edges must name at least one pairing")
    seen = set()
    for pair in pairs:
        if pair in seen:
            raise ValueError(f"the edge {pair} is given twice; a pairing plays its repetitions once")
        seen.add(pair)
    return sorted(pairs)


def unique_names(players: Sequence[Strategy]) -> list[str]:
    """Display names, with ``" #2"``, ``" #3"`` added to repeats so every player has its own.

    A suffix never produces a name another player already has (a rule named
    "Tit For Tat #2" beside two TitForTats makes the second "Tit For Tat #3"),
    so every look-up by name is unambiguous.
    """
    bases = [str(player) for player in players]
    taken = set(bases)
    used: set[str] = set()
    names = []
    for base in bases:
        name, number = base, 1
        while name in used or (number > 1 and name in taken):
            number += 1
            name = f"{base} #{number}"
        used.add(name)
        names.append(name)
    return names


class Tournament:
    """A round robin in which every player meets every other, repeatedly.

    Parameters
    ----------
    players : strategy instances (at least two, or one with self-play).
    turns : fixed number of moves per match (default 200 when no continuation is given); or
    continuation : probability ``w`` that a match continues after each move; or
    lengths : the length of each repetition's matches, shared by all pairs and
        cycled over the repetitions, as in Axelrod's second tournament, whose
        five games had 63, 77, 151, 156 and 308 moves.
    repetitions : how many times the whole round robin is played.
    noise : probability that an intended move is flipped.
    game : payoffs (default 3, 0, 5, 1).
    seed : seed of every random draw; the same seed gives bit-identical results
        whatever the number of workers.
    self_play : each player also meets its own twin, as in Axelrod's 1980 tournaments.
    shared_lengths : with a continuation probability, draw one length per repetition
        shared by all pairs, as in Axelrod's second tournament (five lengths,
        the same for every pair).
    announce_length : tell the rules the number of turns (fixed length only), as
        in the first tournament, where the 200 moves were known.
    keep_matches : keep every match's statistics, for ``results.matches`` (memory
        grows with the repetitions; the summary, payoff matrix and metrics do not need them).
    keep_histories : keep every match's moves (memory grows with the run; implies keep_matches).
    workers : threads to use (default: all cores).
    progress : show a progress bar on standard error for long runs.
    name : a label for reports.
    cycle_detection : complete a long match between two deterministic rules with
        bounded windows from its cycle once their joint state repeats, instead
        of playing every move (no noise, whole-number payoffs; identical
        results, see :class:`~axelrod_nl.match.Match`). False plays every move.
    rank_by : ``"mean_score"`` (per match) or ``"normalised_score"`` (per move); by
        default per match for fixed lengths, as in 1980, and per move when
        lengths vary, so that the luck of match lengths does not decide the ranking.

    Repetitions of a pair of deterministic players without noise and with a
    fixed length are played once and copied: their outcome cannot differ.
    """

    def __init__(self, players: Sequence[Strategy], turns: Optional[int] = None, *,
                 continuation: Optional[float] = None, lengths: Optional[Sequence[int]] = None,
                 repetitions: int = 10, noise: float = 0.0,
                 game: Optional[Game] = None, seed: int = 0, self_play: Optional[bool] = None,
                 shared_lengths: bool = False, announce_length: bool = True,
                 keep_matches: bool = False, keep_histories: bool = False, workers: Optional[int] = None,
                 progress: bool = False, name: str = "tournament", rank_by: Optional[str] = None,
                 edges=None, cycle_detection: bool = True) -> None:
        if isinstance(players, Strategy) or not hasattr(players, "__iter__"):
            raise TypeError("players must be a list of strategy instances")
        self.players = [check_player(p, f"players[{k}]") for k, p in enumerate(players)]
        # In a round robin every player meets its twin unless told otherwise; on a graph only if asked.
        if self_play is None:
            self_play = edges is None
        self.edges = None if edges is None else check_edges(edges, len(self.players))
        if self.edges is None and len(self.players) < 2 and not (self_play and len(self.players) == 1):
            raise ValueError("a tournament needs at least two players (or one with self_play)")
        if lengths is not None:
            if turns is not None or continuation is not None:
                raise ValueError("give one of turns, continuation or lengths, not several")
            self.lengths = check_game_lengths(lengths)
            self.turns, self.continuation = None, None
        else:
            self.lengths = None
            if turns is None and continuation is None:
                turns = 200
            self.turns, self.continuation = check_length_mode(turns, continuation)
        self.repetitions = check_repetitions(repetitions)
        self.noise = check_noise(noise)
        if game is not None and not isinstance(game, Game):
            raise TypeError(f"game must be a Game, got {game!r}")
        self.game = game or Game()
        self.seed = check_seed(seed)
        self.self_play = check_flag("self_play", self_play)
        self.shared_lengths = check_flag("shared_lengths", shared_lengths)
        self.announce_length = check_flag("announce_length", announce_length) and self.continuation is None
        self.keep_matches = check_flag("keep_matches", keep_matches)
        self.keep_histories = check_flag("keep_histories", keep_histories)
        self.workers = check_workers(workers)
        self.progress = check_flag("progress", progress)
        self.cycle_detection = check_flag("cycle_detection", cycle_detection)
        self.name = name
        if rank_by is not None and rank_by not in RANKINGS:
            raise ValueError(f"rank_by must be one of {', '.join(RANKINGS)} (or None for the default), got {rank_by!r}")
        self.rank_by = rank_by
        if self.shared_lengths and self.continuation is None:
            raise ValueError("shared_lengths draws one length per repetition under a continuation "
                             "probability; with a fixed number of turns it means nothing")
        self.names = unique_names(self.players)
        if self.edges is not None:
            met = np.zeros(len(self.players), dtype=bool)
            for a, b in self.pairs_list():
                met[a] = met[b] = True
            if not met.all():
                alone = int(np.flatnonzero(~met)[0])
                raise ValueError(f"player {alone} ({self.names[alone]}) has no edge and would play no match; "
                                 "give it an edge, or self_play=True")

    def pairs_list(self) -> list[tuple[int, int]]:
        """Every pairing as ``(a, b)``, ``a <= b``: the round robin's, or the graph's edges (and twins with self-play)."""
        n = len(self.players)
        if self.edges is None:
            a, b = np.triu_indices(n, k=0 if self.self_play else 1)
            return list(zip(a.tolist(), b.tolist()))
        pairs = set(self.edges)
        if self.self_play:
            pairs |= {(k, k) for k in range(n)}
        return sorted(pairs)

    def pairs(self) -> tuple[np.ndarray, np.ndarray]:
        """Player indices ``(a, b)`` of every pairing, ``a <= b``, in round-robin (or sorted edge) order."""
        if self.edges is None:
            a, b = np.triu_indices(len(self.players), k=0 if self.self_play else 1)
            return as_int64(a), as_int64(b)
        pairs = self.pairs_list()
        return as_int64([a for a, _ in pairs]), as_int64([b for _, b in pairs])

    def _replayable(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Pairs whose repetitions are all the same match."""
        if self.noise > 0 or self.turns is None:
            # Under given lengths the repetitions are games of different lengths, not copies.
            return np.zeros(a.shape[0], dtype=bool)
        stochastic = np.array([p.classifier.stochastic for p in self.players])
        return ~(stochastic[a] | stochastic[b])

    def _lengths(self, a: np.ndarray, b: np.ndarray, repetition: np.ndarray) -> np.ndarray:
        if self.turns is not None:
            return np.full(a.shape[0], self.turns, dtype=np.int64)
        if self.lengths is not None:
            return np.asarray(self.lengths, dtype=np.int64)[repetition % len(self.lengths)]
        if self.shared_lengths:
            zeros = np.zeros_like(repetition)
            return geometric_lengths(self.seed, zeros, zeros, repetition, self.continuation)
        return geometric_lengths(self.seed, a, b, repetition, self.continuation)

    def size(self) -> sizing.RunSize:
        """The memory this tournament needs, estimated (see :mod:`axelrod_nl.sizing`)."""
        n_pairs = self.pairs()[0].shape[0]
        turns = max(self.lengths) if self.lengths is not None else self.turns
        return sizing.estimate(len(self.players), n_pairs, self.repetitions, turns, self.continuation,
                               self.keep_matches, self.keep_histories, self.workers or default_workers(),
                               _BLOCK_MATCHES)

    def check_size(self) -> None:
        """Refuse, before anything is allocated, a run that cannot fit or whose scores would overflow."""
        turns = max(self.lengths) if self.lengths is not None else self.turns
        sizing.check_scores_finite(self.game.as_array(), sizing.longest_match(turns, self.continuation),
                                   self.repetitions)
        sizing.check_fits(self.size(), f"the tournament {self.name!r}")

    def _block_repetitions(self, n_pairs: int) -> int:
        """Repetitions played per block: about a quarter of a million matches a block."""
        return max(1, min(self.repetitions, _BLOCK_MATCHES // max(1, n_pairs)))

    def play(self, on_block: Optional[Callable] = None, block_histories: bool = False) -> TournamentResults:
        """Play every match and return the results.

        Repetitions are played in blocks, each folded into running sums
        (:mod:`axelrod_nl.aggregation`) and dropped unless the matches or
        histories are kept, so memory does not grow with repetitions.
        ``on_block(start, stats, pair_a, pair_b, moves)`` is called with each
        block's per-match statistics (pairs, repetitions from ``start``,
        N_STATS), for example :meth:`~axelrod_nl.results.MatchTableWriter.write`
        to stream the table of matches to files; ``moves`` is the block's
        histories (pairs, repetitions, 2, longest in the block) with
        ``block_histories=True`` or ``keep_histories``, else None. Streamed
        histories are not kept unless ``keep_histories`` is set.

        Repetitions of a pair whose classifiers both say deterministic are
        copied from the first, but only once that first match has shown that
        neither rule drew from its stream: a rule that draws is stochastic
        whatever its classifier says, and is reported with a warning.
        """
        a, b = self.pairs()
        n_pairs, reps = a.shape[0], self.repetitions
        self.check_size()
        settings = MatchSettings(self.seed, self.noise, self.game.as_array(), self.announce_length,
                                 self.cycle_detection)
        if self.lengths is not None:
            expected_length = float(np.mean(self.lengths))
        else:
            expected_length = self.turns if self.turns is not None else 1.0 / (1.0 - self.continuation)
        bar = ProgressBar(int(n_pairs * reps * expected_length), label=self.name, enabled=self.progress)
        aggregates = Aggregates(a, b, len(self.players), capacity=reps)
        keep_matches = self.keep_matches or self.keep_histories
        kept_stats = np.zeros((n_pairs, reps, N_STATS)) if keep_matches else None
        kept_moves = [] if self.keep_histories else None
        replayable = self._replayable(a, b)
        first_stats = np.zeros((n_pairs, N_STATS))
        first_moves = None
        surprised = np.zeros(n_pairs, dtype=bool)
        block = self._block_repetitions(n_pairs)
        with_moves = self.keep_histories or (on_block is not None and block_histories)

        for start in range(0, reps, block):
            stop = min(reps, start + block)
            count = stop - start
            pair_index = np.repeat(np.arange(n_pairs), count)
            repetition = np.tile(np.arange(start, stop, dtype=np.int64), n_pairs)
            items = WorkItems(a[pair_index], b[pair_index], repetition,
                              self._lengths(a[pair_index], b[pair_index], repetition))
            copy = replayable[pair_index] & ~surprised[pair_index] & (repetition > 0)
            block_stats = None
            block_moves = (np.zeros((n_pairs * count, 2, int(items.length.max())), dtype=np.int8)
                           if with_moves else None)

            def play(selector) -> np.ndarray:
                nonlocal block_stats
                whole = selector is None
                part = items if whole else items.subset(selector)
                big = self.progress and int(part.length.sum()) > _PROGRESS_TURNS
                stats, moves, drew = run_items(self.players, self.names, part, settings,
                                               keep_moves=with_moves, progress=bar,
                                               chunks=25 if big else 4, workers=self.workers)
                if whole:
                    block_stats = stats
                else:
                    if block_stats is None:
                        block_stats = np.zeros((n_pairs * count, N_STATS))
                    block_stats[selector] = stats
                if with_moves:
                    block_moves[selector if not whole else slice(None), :, :moves.shape[-1]] = moves
                return drew

            played = np.flatnonzero(~copy)
            # With nothing to copy (stochastic rules, noise, lengths that differ) the block is played whole.
            drew = play(None if played.size == copy.size else played)
            if start == 0:
                # Repetition 0 decides which deterministic-looking pairs may be copied.
                zero = played[repetition[played] == 0]
                surprised[pair_index[zero]] = replayable[pair_index[zero]] & drew[repetition[played] == 0].any(axis=1)
                self._report_drawing(a, b, surprised, zero, pair_index, drew[repetition[played] == 0])
                redo = np.flatnonzero(copy & surprised[pair_index])
                if redo.size:
                    play(redo)
                    copy[redo] = False
                first_stats[pair_index[zero]] = block_stats[zero]
                if with_moves:
                    first_moves = np.zeros((n_pairs, 2, block_moves.shape[-1]), dtype=np.int8)
                    first_moves[pair_index[zero]] = block_moves[zero]
            copied = np.flatnonzero(copy)
            block_stats[copied] = first_stats[pair_index[copied]]
            bar.update(int(items.length[copied].sum()))  # copied matches count as played
            shaped = block_stats.reshape(n_pairs, count, N_STATS)
            aggregates.add(shaped)
            if with_moves:
                if copied.size:  # only with a fixed length, so every block has the same width
                    block_moves[copied] = first_moves[pair_index[copied]]
                block_moves = block_moves.reshape(n_pairs, count, 2, -1)
            if on_block is not None:
                on_block(start, shaped, a, b, block_moves)
            if keep_matches:
                kept_stats[:, start:stop] = shaped
            if self.keep_histories:
                kept_moves.append(block_moves)
        bar.close()
        full_moves = None
        if self.keep_histories:
            longest = max(m.shape[-1] for m in kept_moves)
            full_moves = np.zeros((n_pairs, reps, 2, longest), dtype=np.int8)
            at = 0
            for chunk in kept_moves:
                full_moves[:, at:at + chunk.shape[1], :, :chunk.shape[-1]] = chunk
                at += chunk.shape[1]
        return TournamentResults(
            names=self.names, players=self.players, aggregates=aggregates, game=self.game,
            stats=kept_stats, moves=full_moves, self_play=self.self_play, description=self.describe(),
        )

    def _report_drawing(self, a, b, surprised, first, pair_index, drew) -> None:
        """Warn once per player whose rule drew though classified deterministic; ``drew`` is row-aligned with ``first``."""
        reported = set()
        for k, item in enumerate(first):
            pair = pair_index[item]
            if not surprised[pair]:
                continue
            for side, player in ((0, a[pair]), (1, b[pair])):
                if drew[k, side] and player not in reported:
                    reported.add(player)
                    warnings.warn(
                        f"{self.names[player]} drew random numbers though its classifier says it is "
                        "deterministic; its repetitions were played, not copied (set "
                        "classifier = Classifier(stochastic=True) to say so)",
                        StochasticRuleWarning, stacklevel=3,
                    )

    def describe(self) -> dict:
        """The settings of this tournament, as stored with its results."""
        return {
            "name": self.name, "players": list(self.names), "turns": self.turns,
            "lengths": list(self.lengths) if self.lengths is not None else None,
            "continuation": self.continuation, "repetitions": self.repetitions,
            "noise": self.noise, "payoffs": {"R": self.game.R, "S": self.game.S,
                                             "T": self.game.T, "P": self.game.P},
            "seed": self.seed, "self_play": self.self_play, "shared_lengths": self.shared_lengths,
            "edges": None if self.edges is None else [list(edge) for edge in self.edges],
            "announce_length": self.announce_length, "rank_by": self.rank_by,
        }
