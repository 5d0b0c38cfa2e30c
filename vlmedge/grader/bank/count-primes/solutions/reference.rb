# Sieve of Eratosthenes over 0..limit. Plain while loops: n can be ten million, and they are
# noticeably faster than block iterators in Ruby.
def count_primes(limit)
  return 0 if limit < 2

  is_prime = Array.new(limit + 1, true)
  is_prime[0] = is_prime[1] = false
  factor = 2
  while factor * factor <= limit
    if is_prime[factor]
      multiple = factor * factor
      while multiple <= limit
        is_prime[multiple] = false
        multiple += factor
      end
    end
    factor += 1
  end
  is_prime.count(true)
end

def main
  puts count_primes($stdin.read.to_i)
end

main if __FILE__ == $PROGRAM_NAME
