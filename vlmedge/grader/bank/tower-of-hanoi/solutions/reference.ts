type Move = [number, number];

function hanoi(disks: number, source: number, target: number, spare: number, moves: Move[]): void {
  if (disks === 0) {
    return;
  }
  hanoi(disks - 1, source, spare, target, moves);
  moves.push([source, target]);
  hanoi(disks - 1, spare, target, source, moves);
}

function main(): void {
  const input: string = require("fs").readFileSync(0, "utf8");
  const moves: Move[] = [];
  hanoi(Number(input.trim()), 1, 3, 2, moves);
  const lines = [String(moves.length), ...moves.map(([from, to]) => `${from} ${to}`)];
  console.log(lines.join("\n"));
}

if (require.main === module) main();
