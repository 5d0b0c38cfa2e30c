def merge_intervals(intervals)
  merged = []
  intervals.sort.each do |start, finish|
    if !merged.empty? && start <= merged.last[1]
      merged.last[1] = [merged.last[1], finish].max
    else
      merged << [start, finish]
    end
  end
  merged
end

def main
  numbers = $stdin.read.split.map(&:to_i)
  count = numbers[0]
  intervals = numbers[1, 2 * count].each_slice(2).to_a
  merged = merge_intervals(intervals)
  puts merged.size
  merged.each { |start, finish| puts "#{start} #{finish}" }
end

main if __FILE__ == $PROGRAM_NAME
